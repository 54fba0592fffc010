using HomeRental.Api.SmsCodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HomeRental.Api.Tests.Support;

/// <summary>A service provider holding only what <see cref="SmsServiceCollectionExtensions.AddSms"/> needs.</summary>
public static class SmsTestServices
{
    public static ServiceProvider Build(
        IEnumerable<KeyValuePair<string, string?>> settings,
        ILoggerProvider? logs = null,
        string environmentName = "Development")
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddLogging(logging =>
            {
                if (logs is not null)
                {
                    logging.AddProvider(logs);
                }
            })
            .AddSingleton<IHostEnvironment>(new TestHostEnvironment(environmentName))
            .AddSms(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}

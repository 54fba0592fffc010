using HomeRental.Api.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace HomeRental.Bench;

/// <summary>The bench's database, set up by the app's own <see cref="DatabaseServiceCollectionExtensions.AddDatabase"/>, so the tool opens it as the app does.</summary>
public static class BenchDatabase
{
    /// <summary>Services with the database that <paramref name="provider"/> and <paramref name="connectionString"/> name, as the app's settings would.</summary>
    public static ServiceProvider Open(string provider, string connectionString)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [DatabaseServiceCollectionExtensions.ProviderSetting] = provider,
                [DatabaseServiceCollectionExtensions.ConnectionStringSetting] = connectionString,
            })
            .Build();
        // A relative SQLite file is placed under the content root: here, the folder the tool runs in.
        var environment = new HostingEnvironment
        {
            ContentRootPath = Directory.GetCurrentDirectory(), EnvironmentName = Environments.Production,
        };
        // The app's initializer logs, and seeds the demo set in Development only.
        return new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddLogging()
            .AddSingleton<IHostEnvironment>(environment)
            .AddDatabase(configuration, environment)
            .BuildServiceProvider();
    }
}

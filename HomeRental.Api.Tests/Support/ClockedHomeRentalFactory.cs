using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HomeRental.Api.Tests.Support;

/// <summary>The app as <see cref="HomeRentalFactory"/> builds it, with <see cref="Clock"/> as its <see cref="TimeProvider"/>.</summary>
public class ClockedHomeRentalFactory(string? redisConfiguration = null) : HomeRentalFactory(redisConfiguration)
{
    public TestClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

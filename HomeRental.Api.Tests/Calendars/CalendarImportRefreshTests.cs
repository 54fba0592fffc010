using HomeRental.Api.Calendars;
using HomeRental.Api.Tests.Orders;
using HomeRental.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HomeRental.Api.Tests.Calendars;

/// <summary>Two instances share one database; each import is read by one of them per refresh.</summary>
public sealed class CalendarImportRefreshTests : IAsyncLifetime
{
    private const int Imports = 6;

    private readonly ClockedHomeRentalFactory first = new();
    private readonly ClockedHomeRentalFactory second = new();
    private IcsServer feeds = null!;

    public async Task InitializeAsync()
    {
        feeds = await IcsServer.StartAsync();
        first.WithSetting("Calendar:AllowPrivateAddresses", "true");
        second.WithSetting("Calendar:AllowPrivateAddresses", "true").ShareDatabaseOf(first);
        // Both started now, so that their background refreshes make their first round before any import is due.
        first.CreateApiClient().Dispose();
        second.CreateApiClient().Dispose();
    }

    [Fact]
    public async Task Two_instances_refreshing_at_once_read_each_feed_once()
    {
        var host = await first.NewPersonAsync();
        var houseId = await first.AddHouseAsync(host);
        for (var number = 0; number < Imports; number++)
        {
            await host.Client.AddImportAsync(houseId, feeds.Serve($"/feed-{number}.ics", IcsFile.Calendar()), $"Site {number}");
        }
        var refreshedFrom = first.Clock.GetUtcNow().UtcDateTime.AddMinutes(60);
        foreach (var clock in new[] { first.Clock, second.Clock })
        {
            clock.Advance(TimeSpan.FromMinutes(61));
        }

        await Task.WhenAll(Refresh(first).RunDueAsync(CancellationToken.None), Refresh(second).RunDueAsync(CancellationToken.None));

        Enumerable.Range(0, Imports).Select(number => feeds.RequestsFor($"/feed-{number}.ics")).Should().AllBeEquivalentTo(2,
            "each feed was read when added and then by one of the two instances");
        (await host.Client.ListImportsAsync(houseId)).Should().OnlyContain(import => import.LastSyncedAt >= refreshedFrom,
            "every import was read again by one instance or the other");
    }

    private static CalendarImportRefresh Refresh(HomeRentalFactory factory) =>
        factory.Services.GetServices<IHostedService>().OfType<CalendarImportRefresh>().Single();

    public async Task DisposeAsync()
    {
        await feeds.DisposeAsync();
        await second.DisposeAsync();
        await first.DisposeAsync();
    }
}

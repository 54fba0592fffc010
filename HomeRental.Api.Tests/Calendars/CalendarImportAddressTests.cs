using System.Net;
using HomeRental.Api.Calendars;
using HomeRental.Api.Tests.Orders;
using HomeRental.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HomeRental.Api.Tests.Calendars;

/// <summary>
/// With the default settings an import never reads from a private or local address. The feeds here are on
/// 127.0.0.1, which the replaced policy lets pass as a public address; every other loopback address stays private.
/// </summary>
public sealed class CalendarImportAddressTests : IAsyncLifetime
{
    private readonly ClockedHomeRentalFactory factory = new();
    private IcsServer feeds = null!;
    private Person host = null!;
    private int houseId;

    private DateOnly Today => factory.Clock.Today;

    public async Task InitializeAsync()
    {
        feeds = await IcsServer.StartAsync();
        factory.WithTestServices(services => services.AddSingleton<PublicAddressPolicy, OneLoopbackIsPublic>());
        host = await factory.NewPersonAsync();
        houseId = await factory.AddHouseAsync(host);
    }

    [Theory]
    [InlineData("http://127.0.0.2:{port}/feed.ics")]
    [InlineData("http://[::1]:{port}/feed.ics")]
    [InlineData("http://10.1.2.3/feed.ics")]
    [InlineData("http://192.168.0.10/feed.ics")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://0.0.0.0:{port}/feed.ics")]
    [InlineData("http://[::ffff:10.0.0.1]/feed.ics")]
    public async Task An_address_on_a_private_or_local_network_is_refused_and_nothing_is_added(string url)
    {
        var problem = await (await host.Client.ImportAsync(houseId, "Intranet", url.Replace("{port}", feeds.Port.ToString())))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        problem.GetProperty("errors").GetProperty("url")[0].GetString().Should().Contain("private or local network address");
        (await host.Client.ListImportsAsync(houseId)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_redirect_to_a_private_address_is_refused_when_adding_and_recorded_when_syncing()
    {
        var calendar = IcsFile.Calendar(IcsFile.AllDay("stay", Today.AddDays(3), Today.AddDays(5)));
        feeds.Serve("/private.ics", calendar);
        var redirecting = feeds.Redirect("/moved.ics", $"http://127.0.0.2:{feeds.Port}/private.ics");

        var refused = await (await host.Client.ImportAsync(houseId, "Moved", redirecting)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        refused.GetProperty("errors").GetProperty("url")[0].GetString().Should().Contain("127.0.0.2");
        feeds.RequestsFor("/private.ics").Should().Be(0);

        var url = feeds.Serve("/feed.ics", calendar);
        var import = await host.Client.AddImportAsync(houseId, url);
        import.EventCount.Should().Be(1, "127.0.0.1 is public to this test's policy");
        feeds.Redirect("/feed.ics", $"http://127.0.0.2:{feeds.Port}/private.ics");

        var synced = await (await host.Client.SyncImportAsync(houseId, import.Id)).ReadJsonAsync<ImportBody>();

        synced.LastError.Should().Contain("private or local network address");
        synced.EventCount.Should().Be(1, "the events of the last good reading are kept");
        feeds.RequestsFor("/private.ics").Should().Be(0);
    }

    public async Task DisposeAsync()
    {
        await feeds.DisposeAsync();
        await factory.DisposeAsync();
    }

    private sealed class OneLoopbackIsPublic(IOptions<CalendarOptions> options) : PublicAddressPolicy(options)
    {
        public override bool Allows(IPAddress address) => address.Equals(IPAddress.Loopback) || base.Allows(address);
    }
}

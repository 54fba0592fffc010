using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Browser;

/// <summary>
/// The app in a browser, allowed to import calendars from loopback addresses, and a loopback server of .ics
/// files for it to import.
/// </summary>
public sealed class CalendarPageFixture : IAsyncLifetime
{
    public BrowserFixture Browser { get; } = new();

    public IcsServer Ics { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Browser.Factory.WithSetting("Calendar:AllowPrivateAddresses", "true");
        await Browser.InitializeAsync();
        Ics = await IcsServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Ics.DisposeAsync();
        await Browser.DisposeAsync();
    }
}

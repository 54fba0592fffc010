using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Browser;

/// <summary>The site as a newcomer's first <c>dotnet run</c> shows it: filled with the demo set.</summary>
public sealed class DemoSiteFixture : IAsyncLifetime
{
    public BrowserFixture Browser { get; } = new();

    public Task InitializeAsync()
    {
        Browser.Factory.WithSetting("Demo:Seed", "true");
        return Browser.InitializeAsync();
    }

    public Task DisposeAsync() => Browser.DisposeAsync();
}

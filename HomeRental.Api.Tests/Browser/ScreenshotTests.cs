using HomeRental.Api.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HomeRental.Api.Tests.Browser;

/// <summary>
/// The demo site's pages as guests and hosts see them: home, search, a house, booking, trips and a host's listings.
/// Always checked; the screenshots are written to docs/screenshots only when HOMERENTAL_SCREENSHOTS=1, to refresh
/// the README's pictures.
/// </summary>
public sealed class ScreenshotTests(DemoSiteFixture demo) : IClassFixture<DemoSiteFixture>
{
    private const string WriteVariable = "HOMERENTAL_SCREENSHOTS";
    private const int MaxScreenshotBytes = 300 * 1024;

    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private BrowserFixture Browser => demo.Browser;

    [Fact]
    public async Task The_demo_site_looks_right_to_a_visitor_on_the_home_page_a_house_page_and_a_phone_search()
    {
        var desktop = await Browser.OpenTabAsync(Desktop);
        var phone = await Browser.OpenTabAsync(Phone);

        await desktop.Page.GotoAsync("/");
        await Expect(desktop.Page.Locator("#featured .house-card")).ToHaveCountAsync(5);
        await ScreenshotAsync(desktop.Page, "home-desktop.png");

        await desktop.Page.Locator("#featured .house-card a").First.ClickAsync();
        await Expect(desktop.Page.Locator(".gallery-thumbs button")).ToHaveCountAsync(2);
        await Expect(desktop.Page.Locator("#reviews-title")).ToContainTextAsync("Reviews (");
        await ScreenshotAsync(desktop.Page, "house-desktop.png");

        var stay = (In: PageSteps.Iso(Browser.Factory.Clock.Today.AddDays(60)), Out: PageSteps.Iso(Browser.Factory.Clock.Today.AddDays(63)));
        await phone.Page.GotoAsync($"/search?checkIn={stay.In}&checkOut={stay.Out}&sort=bookings");
        await Expect(phone.Page.Locator("#result-list .house-card").First).ToBeVisibleAsync();
        await phone.Page.EvaluateAsync("""
            () => {
              const title = document.getElementById('results-title');
              const header = document.querySelector('.site-header');
              window.scrollTo(0, title.getBoundingClientRect().top + window.scrollY - header.offsetHeight - 12);
            }
            """);
        await ScreenshotAsync(phone.Page, "search-phone.png");

        desktop.ConsoleErrors.Should().BeEmpty();
        phone.ConsoleErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task The_demo_site_looks_right_to_its_guests_and_hosts_when_booking_on_their_trips_and_listings()
    {
        var today = Browser.Factory.Clock.Today;
        var houseId = (await Browser.ApiClient().SearchAsync("sort=bookings")).Items[0].Id;

        var booker = await SignedInTabAsync(DemoData.People.Single(person => person.Username == "Sun Li"), Desktop);
        await booker.Page.GotoAsync($"/booking?houseId={houseId}&checkIn={PageSteps.Iso(today.AddDays(40))}&checkOut={PageSteps.Iso(today.AddDays(43))}");
        await Expect(booker.Page.GetByLabel("Check-in")).ToHaveValueAsync(PageSteps.Iso(today.AddDays(40)));
        await ScreenshotAsync(booker.Page, "booking-desktop.png");

        var traveller = await SignedInTabAsync(DemoData.People.Single(person => person.Phone == DemoData.GuestWithOrderToPay), Phone);
        await traveller.Page.GotoAsync("/orders");
        await Expect(traveller.Page.Locator(".badge[data-status=UNPAID]")).ToBeVisibleAsync();
        await ScreenshotAsync(traveller.Page, "trips-phone.png");

        var host = await SignedInTabAsync(DemoData.People.Single(person => person.Username == "Wang Fang"), Desktop);
        await host.Page.GotoAsync("/myhouse");
        await Expect(host.Page.Locator(".house-card").First).ToBeVisibleAsync();
        await ScreenshotAsync(host.Page, "listings-desktop.png");

        booker.ConsoleErrors.Should().BeEmpty();
        traveller.ConsoleErrors.Should().BeEmpty();
        host.ConsoleErrors.Should().BeEmpty();
    }

    private async Task<BrowserPage> SignedInTabAsync(DemoPerson person, ViewportSize viewport)
    {
        var tab = await Browser.OpenTabAsync(viewport);
        await tab.Page.SignInAsync(person.Phone, DemoData.Password);
        return tab;
    }

    /// <summary>Waits for the pictures in view, then takes the screenshot, checks its size and writes it when asked.</summary>
    internal static async Task ScreenshotAsync(IPage page, string fileName, bool fullPage = false)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.WaitForFunctionAsync(
            "() => [...document.images].filter(image => { const box = image.getBoundingClientRect(); return box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth; })" +
            ".every(image => image.complete && image.naturalWidth > 0)");
        var png = await page.ScreenshotAsync(new() { Type = ScreenshotType.Png, FullPage = fullPage });
        png.Length.Should().BeLessThan(MaxScreenshotBytes, $"{fileName} stays small enough for the repository");
        if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            await File.WriteAllBytesAsync(Path.Combine(ScreenshotFolder(), fileName), png);
        }
    }

    private static string ScreenshotFolder() => Directory.CreateDirectory(Repository.PathOf("docs", "screenshots")).FullName;
}

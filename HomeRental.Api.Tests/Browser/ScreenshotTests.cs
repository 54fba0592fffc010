using HomeRental.Api.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HomeRental.Api.Tests.Browser;

/// <summary>
/// The showcase listings on the home page, a house page and a phone search. Always checked; the screenshots
/// are written to docs/screenshots only when HOMERENTAL_SCREENSHOTS=1, to refresh the README's pictures.
/// </summary>
public sealed class ScreenshotTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string WriteVariable = "HOMERENTAL_SCREENSHOTS";
    private const int MaxScreenshotBytes = 300 * 1024;

    [Fact]
    public async Task Showcase_listings_look_right_on_the_home_page_a_house_page_and_a_phone_search()
    {
        var houses = await Showcase.SeedAsync(browser);
        var desktop = await browser.OpenTabAsync();
        var phone = await browser.OpenTabAsync(PageSteps.Phone);

        await desktop.Page.GotoAsync("/");
        var featured = desktop.Page.Locator("#featured .house-card .title");
        await Expect(featured).ToHaveTextAsync(Showcase.Homes.Take(5).Select(home => home.Title).ToArray());
        await Expect(desktop.Page.Locator("#featured .house-card .price").First).ToHaveTextAsync("¥468 / night");
        await ScreenshotAsync(desktop.Page, "home-desktop.png");

        var loft = houses[0];
        await desktop.Page.GotoAsync($"/detail?id={loft.Id}");
        await Expect(desktop.Page.Locator("h1")).ToHaveTextAsync("Sunlit loft by Houhai Lake");
        await Expect(desktop.Page.Locator("h1 + p .badge")).ToHaveTextAsync("5 bookings");
        await Expect(desktop.Page.Locator(".gallery-thumbs button")).ToHaveCountAsync(2);
        await Expect(desktop.Page.Locator("#reviews-title")).ToHaveTextAsync("Reviews (2)");
        await ScreenshotAsync(desktop.Page, "house-desktop.png", fullPage: true);

        var stay = (In: browser.Factory.Clock.Today.AddDays(60), Out: browser.Factory.Clock.Today.AddDays(63));
        await phone.Page.GotoAsync($"/search?checkIn={PageSteps.Iso(stay.In)}&checkOut={PageSteps.Iso(stay.Out)}&sort=bookings");
        await Expect(phone.Page.Locator("#results-title")).ToHaveTextAsync($"6 homes free {PageSteps.Stay(stay.In, stay.Out)}");
        await Expect(phone.Page.Locator("#result-list .house-card .title")).ToHaveTextAsync(Showcase.Homes.Select(home => home.Title).ToArray());
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

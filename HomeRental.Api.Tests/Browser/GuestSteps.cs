using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HomeRental.Api.Houses;
using HomeRental.Api.Tests.Orders;
using HomeRental.Api.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HomeRental.Api.Tests.Browser;

/// <summary>Set-up and steps of a guest's journey: homes with the figures a test reads back, and the search form.</summary>
public static class GuestSteps
{
    /// <summary>A home's body with the figures the test names; the rest as HouseSteps has it.</summary>
    public static JsonObject Home(string title, int districtId, long priceCents = 35_000, int maxGuests = 4, long depositCents = 50_000, string? description = null)
    {
        var body = HouseSteps.NewHouseBody();
        body["title"] = title;
        body["districtId"] = districtId;
        body["priceCents"] = priceCents;
        body["maxGuests"] = maxGuests;
        body["depositCents"] = depositCents;
        if (description is not null)
        {
            body["description"] = description;
        }
        return body;
    }

    /// <summary>A home with a photo (so it is listed), published by a new host.</summary>
    public static async Task<(Person Host, HouseDetail House)> ListedHomeAsync(this BrowserFixture browser, string hostName, JsonObject body)
    {
        var host = await browser.NewPersonAsync(hostName, host: true);
        var house = await host.PublishAsync(body, HousePicture.Create(PictureColours.Summer));
        return (host, house);
    }

    /// <summary>A timestamp as the pages show it in the browser's time zone: "12 Dec 2026, 14:30".</summary>
    public static string ShownTime(DateTime instant) =>
        instant.ToLocalTime().ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The home page's search form: district, dates and guests; the search page's URL then carries them.</summary>
    public static async Task SearchFromHomeAsync(this IPage page, string district, DateOnly checkIn, DateOnly checkOut, int guests)
    {
        await page.GotoAsync("/");
        await page.GetByLabel("District", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = district });
        await page.GetByLabel("Check-in").FillAsync(PageSteps.Iso(checkIn));
        await page.GetByLabel("Check-out").FillAsync(PageSteps.Iso(checkOut));
        await page.GetByLabel("Guests").FillAsync(guests.ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(
            $@"/search\?districtId=\d+&checkIn={PageSteps.Iso(checkIn)}&checkOut={PageSteps.Iso(checkOut)}&guests={guests}$"));
    }

    /// <summary>The card of the house titled <paramref name="title"/> in the search results.</summary>
    public static ILocator ResultCard(this IPage page, string title) =>
        page.Locator("#result-list .house-card").Filter(new() { HasText = title });

    public static ViewportSize Viewport(string device) => device == "phone" ? PageSteps.Phone : PageSteps.Desktop;
}

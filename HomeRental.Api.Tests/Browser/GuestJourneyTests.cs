using System.Net.Http.Json;
using System.Text.RegularExpressions;
using HomeRental.Api.Tests.Orders;
using HomeRental.Api.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HomeRental.Api.Tests.Browser;

/// <summary>
/// A guest's journey carries what they chose: district, dates and guests from the home page to the results, the
/// house and the booking; the request says until when the host may answer; paying asks to confirm and gives a receipt.
/// </summary>
public sealed class GuestJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private DateOnly Today => browser.Factory.Clock.Today;

    public static TheoryData<string> Devices => new() { "desktop", "phone" };

    [Theory]
    [MemberData(nameof(Devices))]
    public async Task The_stay_goes_from_the_home_page_to_the_booking_the_host_deadline_is_named_and_paying_gives_a_receipt(string device)
    {
        var title = $"Tea house flat ({device})";
        var (host, house) = await browser.ListedHomeAsync($"Host Li {device}", GuestSteps.Home(title, districtId: 5, priceCents: 45_000, maxGuests: 4));
        var guest = await browser.NewPersonAsync($"Guest Mo {device}");
        var stay = (In: Today.AddDays(21), Out: Today.AddDays(24));
        var tab = await browser.OpenTabAsync(GuestSteps.Viewport(device));
        var page = tab.Page;
        await page.SignInAsync(guest.Profile.Phone);

        await page.SearchFromHomeAsync(house.District.Name, stay.In, stay.Out, guests: 3);
        await Expect(page.GetByLabel("District", new() { Exact = true })).ToHaveValueAsync(house.District.Id.ToString());
        await Expect(page.GetByLabel("Check-in")).ToHaveValueAsync(PageSteps.Iso(stay.In));
        await Expect(page.GetByLabel("Check-out")).ToHaveValueAsync(PageSteps.Iso(stay.Out));
        await Expect(page.GetByLabel("Guests")).ToHaveValueAsync("3");
        await Expect(page.Locator("#results-title")).ToContainTextAsync($"in {house.District.Name} for 3 guests free {PageSteps.Stay(stay.In, stay.Out)}");
        var card = page.ResultCard(title);
        await Expect(card.Locator(".stay-total")).ToHaveTextAsync("¥1,350 total for 3 nights");
        await ScreenshotTests.ScreenshotAsync(page, $"search-stay-{device}.png");

        await card.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        var chosen = $"districtId={house.District.Id}&checkIn={PageSteps.Iso(stay.In)}&checkOut={PageSteps.Iso(stay.Out)}&guests=3";
        await Expect(page).ToHaveURLAsync(PageSteps.UrlEnding($"/detail?id={house.Id}&{chosen}"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "← Back to results" })).ToHaveAttributeAsync("href", $"/search?{chosen}");
        await Expect(page.GetByLabel("Guests")).ToHaveValueAsync("3");
        await page.StayCalendar().ExpectChosenAsync(stay.In, stay.Out);
        await Expect(page.Locator("#total")).ToHaveTextAsync("¥1,350");
        await ScreenshotTests.ScreenshotAsync(page, $"house-stay-{device}.png");

        await page.GetByRole(AriaRole.Link, new() { Name = "Book", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(PageSteps.UrlEnding($"/booking?houseId={house.Id}&{chosen}"));
        await Expect(page.GetByLabel("Check-in")).ToHaveValueAsync(PageSteps.Iso(stay.In));
        await Expect(page.GetByLabel("Check-out")).ToHaveValueAsync(PageSteps.Iso(stay.Out));
        await Expect(page.GetByLabel("Guests")).ToHaveValueAsync("3");
        await Expect(page.Locator("#total")).ToHaveTextAsync("¥1,350");
        await ScreenshotTests.ScreenshotAsync(page, $"booking-stay-{device}.png");
        await page.RequestToBookAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Request sent" })).ToBeVisibleAsync();

        var order = (await guest.Client.GetFromJsonAsync<OrderPageBody>("/api/v1.0/users/me/orders?role=guest"))!.Items.Single();
        order.Guests.Should().Be(3, "the booking sends the guests the guest chose");
        await Expect(page.Locator("#sent-text")).ToHaveTextAsync(
            $"Your request was sent to {host.Profile.Username}. They have until {GuestSteps.ShownTime(order.ExpiresAt!.Value)} to answer; you pay only once they accept.");
        await ScreenshotTests.ScreenshotAsync(page, $"request-sent-{device}.png");
        await page.SeeTheTripAsync();

        var trip = page.OrderCard(stay.In, stay.Out);
        await Expect(trip.Locator(".deadline")).ToHaveTextAsync($"The host has until {GuestSteps.ShownTime(order.ExpiresAt.Value)} to answer.");
        (await host.Client.AcceptAsync(order.Id)).EnsureSuccessStatusCode();
        var accepted = await guest.Client.GetOrderAsync(order.Id);

        await page.ReloadAsync();
        await Expect(trip.Locator(".deadline")).ToHaveTextAsync($"Pay by {GuestSteps.ShownTime(accepted.ExpiresAt!.Value)}, or the booking is cancelled.");
        await trip.GetByRole(AriaRole.Button, new() { Name = "Pay ¥1,350" }).ClickAsync();
        var summary = trip.GetByTestId("payment-summary");
        await Expect(summary.Locator("li")).ToHaveTextAsync([
            $"Home{title}", $"Dates{PageSteps.Stay(stay.In, stay.Out)}", "Nights3 nights", "Guests3 guests", "Total¥1,350",
        ]);
        await ScreenshotTests.ScreenshotAsync(page, $"pay-summary-{device}.png");
        await trip.GetByRole(AriaRole.Button, new() { Name = "Confirm payment" }).ClickAsync();

        var paid = await guest.Client.GetOrderAsync(order.Id);
        await Expect(trip.Locator(".alert.success")).ToHaveTextAsync(
            $"Payment received: ¥1,350 on {GuestSteps.ShownTime(paid.UpdatedAt)}, order #{order.Id}. Enjoy your stay!");
        await Expect(trip.StatusBadge()).ToHaveTextAsync("Paid");
        await Expect(trip.Locator(".review-from")).ToHaveTextAsync($"You can review this stay from {PageSteps.Shown(stay.Out)}.");
        await ScreenshotTests.ScreenshotAsync(page, $"paid-trip-{device}.png");
        tab.ConsoleErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task More_guests_than_the_home_takes_are_named_at_the_guests_field()
    {
        var (_, house) = await browser.ListedHomeAsync("Host Wu", GuestSteps.Home("Small studio for two", districtId: 6, maxGuests: 2));
        var guest = await browser.NewPersonAsync("Big Family");
        var stay = (In: Today.AddDays(30), Out: Today.AddDays(32));
        var tab = await browser.OpenTabAsync();
        var page = tab.Page;
        await page.SignInAsync(guest.Profile.Phone);

        await page.GotoAsync($"/booking?houseId={house.Id}&checkIn={PageSteps.Iso(stay.In)}&checkOut={PageSteps.Iso(stay.Out)}&guests=5");
        await Expect(page.GetByLabel("Guests")).ToHaveValueAsync("5");
        await page.RequestToBookAsync();

        await Expect(page.Locator("#guests-error")).ToHaveTextAsync("This home takes at most 2 guests.");
        await Expect(page.GetByLabel("Guests")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel("Guests")).ToBeFocusedAsync();
        await Expect(page.Locator("#form-alert")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Request sent" })).ToBeHiddenAsync();
        tab.ConsoleErrors.Should().OnlyContain(error => error.EndsWith("the server responded with a status of 400 (Bad Request)"));
    }

    [Fact]
    public async Task The_price_range_and_the_guests_narrow_the_search()
    {
        var cheap = await browser.ListedHomeAsync("Host Cheap", GuestSteps.Home("Budget room", districtId: 7, priceCents: 20_000, maxGuests: 6));
        await browser.ListedHomeAsync("Host Small", GuestSteps.Home("Cosy pair flat", districtId: 7, priceCents: 50_000, maxGuests: 2));
        await browser.ListedHomeAsync("Host Mid", GuestSteps.Home("Family house", districtId: 7, priceCents: 60_000, maxGuests: 6));
        await browser.ListedHomeAsync("Host Rich", GuestSteps.Home("Penthouse", districtId: 7, priceCents: 150_000, maxGuests: 8));
        var tab = await browser.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync($"/search?districtId={cheap.House.District.Id}");
        await Expect(page.Locator("#result-list .house-card")).ToHaveCountAsync(4);

        await page.GetByLabel("Guests").FillAsync("5");
        await page.GetByLabel("Min per night").FillAsync("300");
        await page.GetByLabel("Max per night").FillAsync("1,000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(PageSteps.UrlEnding($"/search?districtId={cheap.House.District.Id}&guests=5&minPrice=300&maxPrice=1000"));
        await Expect(page.Locator("#result-list .house-card .title")).ToHaveTextAsync(["Family house"]);
        await Expect(page.Locator("#results-title")).ToHaveTextAsync($"1 home in {cheap.House.District.Name} for 5 guests ¥300–¥1,000 a night");
        await Expect(page.GetByLabel("Min per night")).ToHaveValueAsync("300");
        await Expect(page.GetByLabel("Max per night")).ToHaveValueAsync("1000");

        await page.GetByLabel("Min per night").FillAsync("900");
        await page.GetByLabel("Max per night").FillAsync("500");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(page.Locator("#maxPrice-error")).ToHaveTextAsync("The maximum cannot be below the minimum.");
        await Expect(page.GetByLabel("Max per night")).ToBeFocusedAsync();
        tab.ConsoleErrors.Should().BeEmpty();
    }
}

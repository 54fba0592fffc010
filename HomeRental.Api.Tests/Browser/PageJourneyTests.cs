using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HomeRental.Api.Tests.Orders;
using HomeRental.Api.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HomeRental.Api.Tests.Browser;

/// <summary>A host and a guest go the whole way through the bundled pages, each in their own browser.</summary>
public sealed class PageJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly HouseListing Courtyard = new(
        Title: "Quiet courtyard flat near the Summer Palace",
        PricePerNight: "368.50",
        Deposit: "500",
        District: "Haidian",
        Address: "18 Yiheyuan Road, Haidian",
        Rooms: 2,
        Area: 72,
        MaxGuests: 4,
        FloorPlan: "2 bedrooms, 1 living room",
        Beds: "1 double bed, 2 single beds",
        MinNights: 2,
        MaxNights: 14,
        Amenities: ["Wi-Fi", "Kitchen", "Balcony"]);

    [Fact]
    public async Task A_host_publishes_a_home_that_a_guest_finds_books_and_pays_while_a_second_booking_is_cancelled()
    {
        var stay = (In: browser.Factory.Clock.Today.AddDays(10), Out: browser.Factory.Clock.Today.AddDays(13));
        var laterStay = (In: browser.Factory.Clock.Today.AddDays(20), Out: browser.Factory.Clock.Today.AddDays(22));
        var hostTab = await browser.OpenTabAsync();
        var guestTab = await browser.OpenTabAsync();
        var host = hostTab.Page;
        var guest = guestTab.Page;

        await browser.RegisterAsync(host, Account.New("Lin Wei"));
        await Expect(host.Locator("#identity-status")).ToHaveTextAsync("Identity not verified");
        await host.VerifyIdentityAsync("Zhang San", HouseSteps.ValidIdNumber, "1101**********002X");
        await host.GetByRole(AriaRole.Link, new() { Name = "Go to your listings" }).ClickAsync();
        var houseId = await host.PublishHouseAsync(Courtyard, HousePicture.Create(PictureColours.Dusk));
        await host.GetByRole(AriaRole.Link, new() { Name = "Back to your listings" }).ClickAsync();
        var listing = host.Locator($".house-card[data-house-id='{houseId}']");
        await Expect(listing).ToContainTextAsync(Courtyard.Title);
        await Expect(listing).ToContainTextAsync("Haidian · 18 Yiheyuan Road, Haidian");
        await Expect(listing).ToContainTextAsync("¥368.50 / night");
        await Expect(listing.Locator("img.cover")).ToHaveAttributeAsync("src", new Regex("^/uploads/"));
        await Expect(host.Locator("#listing-count")).ToHaveTextAsync("You host 1 home.");

        await browser.RegisterAsync(guest, Account.New("Chen Yu"));
        await guest.SearchFromHomeAsync("Haidian", stay.In, stay.Out);
        await Expect(guest.Locator("#results-title")).ToContainTextAsync($"in Haidian free {PageSteps.Stay(stay.In, stay.Out)}");
        var districtId = await guest.GetByLabel("District", new() { Exact = true }).InputValueAsync();
        await guest.GetByRole(AriaRole.Link, new() { Name = Courtyard.Title }).ClickAsync();
        var chosen = $"districtId={districtId}&checkIn={PageSteps.Iso(stay.In)}&checkOut={PageSteps.Iso(stay.Out)}";
        await Expect(guest).ToHaveURLAsync(PageSteps.UrlEnding($"/detail?id={houseId}&{chosen}"));
        await Expect(guest.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Courtyard.Title);
        await Expect(guest.Locator(".price-big")).ToHaveTextAsync("¥368.50 / night");
        await Expect(guest.Locator("#deposit")).ToHaveTextAsync("¥500");
        await Expect(guest.Locator(".detail-layout")).ToContainTextAsync("2–14 nights");
        await Expect(guest.Locator("#amenities-title + .chips li")).ToHaveTextAsync(["Wi-Fi", "Kitchen", "Balcony"]);
        await Expect(guest.Locator(".host")).ToContainTextAsync("Lin Wei");

        await guest.GetByRole(AriaRole.Link, new() { Name = "Book", Exact = true }).ClickAsync();
        await Expect(guest).ToHaveURLAsync(PageSteps.UrlEnding($"/booking?houseId={houseId}&{chosen}&guests=1"));
        await Expect(guest.GetByLabel("Check-in")).ToHaveValueAsync(PageSteps.Iso(stay.In));
        await Expect(guest.GetByLabel("Check-out")).ToHaveValueAsync(PageSteps.Iso(stay.Out));
        await Expect(guest.Locator("#price-summary")).ToContainTextAsync("¥368.50 × 3 nights");
        await Expect(guest.Locator("#total")).ToHaveTextAsync("¥1,105.50");
        await guest.RequestToBookAsync();
        await Expect(guest.Locator("#sent-text")).ToContainTextAsync("Your request was sent to Lin Wei.");
        await guest.SeeTheTripAsync();
        var trip = guest.OrderCard(stay.In, stay.Out);
        await Expect(trip).ToHaveAttributeAsync("data-status", "PENDING");
        await Expect(trip.StatusBadge()).ToHaveTextAsync("Awaiting host");
        await Expect(trip).ToContainTextAsync("3 nights");
        await Expect(trip).ToContainTextAsync("Total ¥1,105.50");

        await host.GotoAsync("/my");
        await host.GetByRole(AriaRole.Link, new() { Name = "Guest requests" }).ClickAsync();
        var request = host.OrderCard(stay.In, stay.Out);
        await Expect(request).ToContainTextAsync("Guest Chen Yu");
        await Expect(request.StatusBadge()).ToHaveTextAsync("Awaiting host");
        await request.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await Expect(request).ToContainTextAsync("Accepted. The guest can now pay.");
        await Expect(request.StatusBadge()).ToHaveTextAsync("Awaiting payment");

        await guest.ReloadAsync();
        await Expect(trip.StatusBadge()).ToHaveTextAsync("Awaiting payment");
        await trip.GetByRole(AriaRole.Button, new() { Name = "Pay ¥1,105.50" }).ClickAsync();
        await trip.GetByRole(AriaRole.Button, new() { Name = "Confirm payment" }).ClickAsync();
        await Expect(trip).ToContainTextAsync("Enjoy your stay!");
        await Expect(trip.StatusBadge()).ToHaveTextAsync("Paid");

        await trip.GetByRole(AriaRole.Link, new() { Name = Courtyard.Title }).ClickAsync();
        await Expect(guest.Locator("h1 + p .badge")).ToHaveTextAsync("1 booking");
        await guest.GetByRole(AriaRole.Link, new() { Name = "Book", Exact = true }).ClickAsync();
        await guest.ChooseDatesAsync(laterStay.In, laterStay.Out);
        await Expect(guest.Locator("#total")).ToHaveTextAsync("¥737");
        await guest.RequestToBookAsync();
        await guest.SeeTheTripAsync();
        var laterTrip = guest.OrderCard(laterStay.In, laterStay.Out);
        await Expect(laterTrip.StatusBadge()).ToHaveTextAsync("Awaiting host");
        await laterTrip.GetByRole(AriaRole.Button, new() { Name = "Cancel booking" }).ClickAsync();
        await laterTrip.GetByRole(AriaRole.Button, new() { Name = "Yes, cancel it" }).ClickAsync();
        await Expect(laterTrip).ToContainTextAsync("Your booking is cancelled.");
        await Expect(laterTrip.StatusBadge()).ToHaveTextAsync("Cancelled");

        await host.ReloadAsync();
        await Expect(host.OrderCard(stay.In, stay.Out).StatusBadge()).ToHaveTextAsync("Paid");
        await Expect(host.OrderCard(laterStay.In, laterStay.Out).StatusBadge()).ToHaveTextAsync("Cancelled");
        hostTab.ConsoleErrors.Should().BeEmpty();
        guestTab.ConsoleErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task Booking_nights_that_are_taken_says_the_dates_are_unavailable()
    {
        var host = await browser.NewPersonAsync("Wang Fang", host: true);
        var house = await host.PublishAsync(HouseBody("Loft above the canal", districtId: 7), HousePicture.Create(PictureColours.Morning));
        var earlierGuest = await browser.NewPersonAsync("Early Bird");
        await earlierGuest.PlaceOrderAsync(house.Id, browser.Factory.Clock.Today.AddDays(30), browser.Factory.Clock.Today.AddDays(33));
        var guest = await browser.NewPersonAsync("Late Comer");
        var tab = await browser.OpenTabAsync();
        var page = tab.Page;
        await page.SignInAsync(guest.Profile.Phone);

        await page.GotoAsync($"/booking?houseId={house.Id}");
        await page.ChooseDatesAsync(browser.Factory.Clock.Today.AddDays(31), browser.Factory.Clock.Today.AddDays(34));
        await Expect(page.Locator("#total")).ToHaveTextAsync("¥1,050");
        await page.RequestToBookAsync();

        await Expect(page.Locator("#checkIn-error")).ToHaveTextAsync("Some of these nights are not available. Choose other dates.");
        await Expect(page.Locator("#form-alert")).ToBeHiddenAsync();
        await Expect(page.GetByLabel("Check-in")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Request to book" })).ToBeEnabledAsync();
        await Expect(page).ToHaveURLAsync(PageSteps.UrlEnding($"/booking?houseId={house.Id}"));
        tab.ConsoleErrors.Should().OnlyContain(error => error.EndsWith("the server responded with a status of 409 (Conflict)"),
            "the refused request is the only failure the browser reports");
    }

    private static JsonObject HouseBody(string title, int districtId)
    {
        var body = HouseSteps.NewHouseBody();
        body["title"] = title;
        body["districtId"] = districtId;
        return body;
    }
}

using System.Net.Http.Json;
using HomeRental.Api.Tests.Calendars;
using HomeRental.Api.Tests.Orders;
using HomeRental.Api.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HomeRental.Api.Tests.Browser;

/// <summary>The calendars of the pages: the guest picks a stay on the house and booking pages, the host manages nights on "my listings".</summary>
public sealed class CalendarPageTests(CalendarPageFixture site) : IClassFixture<CalendarPageFixture>
{
    private const string Price = "¥350.00";

    private BrowserFixture Browser => site.Browser;

    private DateOnly Today => Browser.Factory.Clock.Today;

    public static TheoryData<string> Devices => new() { "desktop", "phone" };

    [Theory]
    [MemberData(nameof(Devices))]
    public async Task A_guest_picks_the_stay_on_the_house_page_calendar_and_books_those_dates(string device)
    {
        var (house, _, guest) = await HouseAndGuestAsync();
        var stay = (In: Today.AddDays(40), Out: Today.AddDays(43));
        var tab = await Browser.OpenTabAsync(Viewport(device));
        var page = tab.Page;
        await page.SignInAsync(guest.Profile.Phone);

        await page.GotoAsync($"/detail?id={house}");
        var calendar = page.StayCalendar();
        await Expect(calendar.GetByRole(AriaRole.Status)).ToHaveTextAsync("Choose your check-in day.");
        await calendar.PickOnCalendarAsync(stay.In, stay.Out);
        await calendar.ExpectChosenAsync(stay.In, stay.Out);
        await Expect(calendar.GetByRole(AriaRole.Status)).ToHaveTextAsync(
            $"{CalendarPageSteps.ShortDate(stay.In)} → {CalendarPageSteps.ShortDate(stay.Out)}: 3 nights");
        await Expect(page.Locator("#stay-summary")).ToContainTextAsync($"{Price} × 3 nights");
        await Expect(page.Locator("#total")).ToHaveTextAsync("¥1050.00");

        await page.GetByRole(AriaRole.Link, new() { Name = "Book", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(PageSteps.UrlEnding(
            $"/booking?houseId={house}&checkIn={PageSteps.Iso(stay.In)}&checkOut={PageSteps.Iso(stay.Out)}"));
        await Expect(page.GetByLabel("Check-in")).ToHaveValueAsync(PageSteps.Iso(stay.In));
        await Expect(page.GetByLabel("Check-out")).ToHaveValueAsync(PageSteps.Iso(stay.Out));
        await page.StayCalendar().ExpectChosenAsync(stay.In, stay.Out);
        await Expect(page.Locator("#total")).ToHaveTextAsync("¥1050.00");
        await page.RequestToBookAsync();

        await Expect(page).ToHaveURLAsync(PageSteps.UrlEnding("/orders"));
        await Expect(page.OrderCard(stay.In, stay.Out).StatusBadge()).ToHaveTextAsync("Awaiting host");
        var orders = await guest.Client.GetFromJsonAsync<OrderPageBody>("/api/v1.0/users/me/orders?role=guest");
        orders!.Items.Should().ContainSingle().Which.Should().Match<OrderBody>(order =>
            order.House.Id == house && order.CheckIn == PageSteps.Iso(stay.In) && order.CheckOut == PageSteps.Iso(stay.Out));
        tab.ConsoleErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task A_guest_picks_the_stay_with_the_arrow_keys_and_Enter()
    {
        var (house, _, _) = await HouseAndGuestAsync();
        var stay = (In: Today.AddDays(15), Out: Today.AddDays(18));
        var tab = await Browser.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync($"/detail?id={house}");
        var calendar = page.StayCalendar();

        await Expect(calendar.Locator("button[tabindex='0']")).ToHaveCountAsync(1);
        await calendar.Locator("button[tabindex='0']").FocusAsync();
        await Expect(calendar.Day(Today)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(calendar.Day(stay.In)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        foreach (var _ in Enumerable.Range(0, 3))
        {
            await page.Keyboard.PressAsync("ArrowRight");
        }
        await Expect(calendar.Day(stay.Out)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Space");

        await calendar.ExpectChosenAsync(stay.In, stay.Out);
        await Expect(calendar.Day(stay.In)).ToHaveAttributeAsync("aria-label", $"{CalendarPageSteps.DayName(stay.In)}, arrival day");
        await Expect(calendar.Day(stay.Out)).ToHaveAttributeAsync("aria-label", $"{CalendarPageSteps.DayName(stay.Out)}, departure day");
        await Expect(page.Locator("#total")).ToHaveTextAsync("¥1050.00");
        await page.Keyboard.PressAsync("PageDown");
        await page.Keyboard.PressAsync("PageDown");
        await Expect(calendar.Day(stay.Out.AddMonths(2))).ToBeFocusedAsync();
        await Expect(calendar.Locator("button[tabindex='0']")).ToHaveCountAsync(1);
        tab.ConsoleErrors.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Devices))]
    public async Task Nights_held_by_an_order_or_a_block_are_disabled_on_the_house_page(string device)
    {
        var (house, host, guest) = await HouseAndGuestAsync();
        await guest.PlaceOrderAsync(house, Today.AddDays(10), Today.AddDays(13));
        await host.Client.PlaceBlockAsync(house, Today.AddDays(20), Today.AddDays(22), "Painting the walls");
        var tab = await Browser.OpenTabAsync(Viewport(device));
        var page = tab.Page;
        await page.GotoAsync($"/detail?id={house}");
        var calendar = page.StayCalendar();
        await calendar.ShowMonthOfAsync(Today.AddDays(22));

        foreach (var taken in new[] { 10, 11, 12, 20, 21 }.Select(Today.AddDays))
        {
            await Expect(calendar.Day(taken)).ToBeDisabledAsync();
            await Expect(calendar.Day(taken)).ToHaveAttributeAsync("aria-label", $"{CalendarPageSteps.DayName(taken)}, unavailable");
        }
        await Expect(calendar.Day(Today.AddDays(13))).ToBeEnabledAsync();
        await Expect(calendar.Day(Today.AddDays(22))).ToBeEnabledAsync();

        await calendar.ShowMonthOfAsync(Today.AddDays(8));
        await calendar.Day(Today.AddDays(8)).ClickAsync();
        await Expect(calendar.Day(Today.AddDays(10))).ToBeEnabledAsync();
        await Expect(calendar.Day(Today.AddDays(11))).ToBeDisabledAsync();
        await calendar.Day(Today.AddDays(10)).ClickAsync();
        await calendar.ExpectChosenAsync(Today.AddDays(8), Today.AddDays(10));
        await Expect(page.Locator("#total")).ToHaveTextAsync("¥700.00");
        tab.ConsoleErrors.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Devices))]
    public async Task A_booking_refused_because_the_nights_were_just_taken_names_those_nights(string device)
    {
        var (house, _, guest) = await HouseAndGuestAsync();
        var stay = (In: Today.AddDays(30), Out: Today.AddDays(35));
        var tab = await Browser.OpenTabAsync(Viewport(device));
        var page = tab.Page;
        await page.SignInAsync(guest.Profile.Phone);
        await page.GotoAsync($"/booking?houseId={house}&checkIn={PageSteps.Iso(stay.In)}&checkOut={PageSteps.Iso(stay.Out)}");
        var calendar = page.StayCalendar();
        await calendar.ExpectChosenAsync(stay.In, stay.Out);
        await Expect(page.Locator("#total")).ToHaveTextAsync("¥1750.00");

        var quicker = await NewPersonAsync("Quick guest");
        await quicker.PlaceOrderAsync(house, Today.AddDays(32), Today.AddDays(34));
        await page.RequestToBookAsync();

        await Expect(page.Locator("#form-alert")).ToHaveTextAsync("Some of these nights are not available. Choose other dates.");
        await Expect(page.Locator("#calendar-conflict")).ToHaveTextAsync(
            $"These nights were just taken: {CalendarPageSteps.ShortDate(Today.AddDays(32))} – {CalendarPageSteps.ShortDate(Today.AddDays(33))}. Choose other dates on the calendar.");
        await Expect(calendar.Day(Today.AddDays(32))).ToBeDisabledAsync();
        await Expect(calendar.Day(Today.AddDays(33))).ToBeDisabledAsync();
        await Expect(calendar.Day(Today.AddDays(31))).ToBeEnabledAsync();
        tab.ConsoleErrors.Should().OnlyContain(error => error.EndsWith("the server responded with a status of 409 (Conflict)"));
    }

    private static int people;

    /// <summary>A published home at ¥350.00 a night (any stay length), its host, and a guest who may book it.</summary>
    private async Task<(int House, Person Host, Person Guest)> HouseAndGuestAsync()
    {
        var host = await NewPersonAsync("Host", host: true);
        var house = await host.PublishAsync(HouseSteps.NewHouseBody(), HousePicture.Create(PictureColours.Summer));
        return (house.Id, host, await NewPersonAsync("Guest"));
    }

    /// <summary>A person with a name of their own (usernames are unique).</summary>
    private Task<Person> NewPersonAsync(string role, bool host = false) =>
        Browser.NewPersonAsync($"{role} {Interlocked.Increment(ref people)}", host);

    private static ViewportSize Viewport(string device) => device == "phone" ? PageSteps.Phone : PageSteps.Desktop;
}

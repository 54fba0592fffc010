using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using HomeRental.Api.Tests.Calendars;
using HomeRental.Api.Tests.Orders;
using HomeRental.Api.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HomeRental.Api.Tests.Browser;

/// <summary>The calendars of the pages: the guest picks a stay on the house and booking pages, the host manages nights on "my listings".</summary>
public sealed class CalendarPageTests(CalendarPageFixture site) : IClassFixture<CalendarPageFixture>
{
    private const string Price = "¥350";
    private const string HouseTitle = "Sunny flat by the park";

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
        await Expect(page.Locator("#total")).ToHaveTextAsync("¥1,050");

        await page.GetByRole(AriaRole.Link, new() { Name = "Book", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(PageSteps.UrlEnding(
            $"/booking?houseId={house}&checkIn={PageSteps.Iso(stay.In)}&checkOut={PageSteps.Iso(stay.Out)}&guests=1"));
        await Expect(page.GetByLabel("Check-in")).ToHaveValueAsync(PageSteps.Iso(stay.In));
        await Expect(page.GetByLabel("Check-out")).ToHaveValueAsync(PageSteps.Iso(stay.Out));
        await page.StayCalendar().ExpectChosenAsync(stay.In, stay.Out);
        await Expect(page.Locator("#total")).ToHaveTextAsync("¥1,050");
        await page.RequestToBookAsync();

        await page.SeeTheTripAsync();
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
        await Expect(page.Locator("#total")).ToHaveTextAsync("¥1,050");
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
        await Expect(page.Locator("#total")).ToHaveTextAsync("¥700");
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
        await Expect(page.Locator("#total")).ToHaveTextAsync("¥1,750");

        var quicker = await NewPersonAsync("Quick guest");
        await quicker.PlaceOrderAsync(house, Today.AddDays(32), Today.AddDays(34));
        await page.RequestToBookAsync();

        await Expect(page.Locator("#checkIn-error")).ToHaveTextAsync("Some of these nights are not available. Choose other dates.");
        await Expect(page.Locator("#form-alert")).ToBeHiddenAsync();
        await Expect(page.Locator("#calendar-conflict")).ToHaveTextAsync(
            $"These nights were just taken: {CalendarPageSteps.ShortDate(Today.AddDays(32))} – {CalendarPageSteps.ShortDate(Today.AddDays(33))}. Choose other dates on the calendar.");
        await Expect(calendar.Day(Today.AddDays(32))).ToBeDisabledAsync();
        await Expect(calendar.Day(Today.AddDays(33))).ToBeDisabledAsync();
        await Expect(calendar.Day(Today.AddDays(31))).ToBeEnabledAsync();
        tab.ConsoleErrors.Should().OnlyContain(error => error.EndsWith("the server responded with a status of 409 (Conflict)"));
    }

    [Theory]
    [MemberData(nameof(Devices))]
    public async Task A_host_blocks_nights_on_the_calendar_which_hides_the_home_from_searches_for_them_until_unblocked(string device)
    {
        var (house, host, guest) = await HouseAndGuestAsync();
        await guest.PlaceOrderAsync(house, Today.AddDays(44), Today.AddDays(46));
        var nights = (First: Today.AddDays(50), Last: Today.AddDays(52));
        var hostTab = await Browser.OpenTabAsync(Viewport(device));
        var searchTab = await Browser.OpenTabAsync(Viewport(device));
        var page = hostTab.Page;
        var search = $"/search?checkIn={PageSteps.Iso(nights.First)}&checkOut={PageSteps.Iso(nights.Last.AddDays(1))}";
        var listing = searchTab.Page.Locator($"#result-list .house-card[data-house-id='{house}']");
        await searchTab.Page.GotoAsync(search);
        await Expect(listing).ToBeVisibleAsync();

        await page.SignInAsync(host.Profile.Phone);
        await page.GotoAsync("/myhouse");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Calendar of {HouseTitle}" }).ClickAsync();
        var calendar = page.GetByRole(AriaRole.Group, new() { Name = $"Calendar of {HouseTitle}" });
        await Expect(page.Locator("#host-calendar .calendar-legend")).ToHaveTextAsync("FreeBooked by a guestBlocked by youImported calendarSelected");
        (await page.EvaluateAsync<int>(PageTour.SidewaysOverflowScript)).Should().BeLessThanOrEqualTo(0, "the host's calendar fits the screen");
        await calendar.ShowMonthOfAsync(Today.AddDays(45));
        await Expect(calendar.Day(Today.AddDays(45))).ToHaveAttributeAsync("aria-label",
            $"{CalendarPageSteps.DayName(Today.AddDays(45))}, booked by {guest.Profile.Username} (Awaiting host)");
        await Expect(calendar.Day(Today.AddDays(45))).ToHaveClassAsync(new Regex(@"\bkind-order\b"));

        await calendar.PickOnCalendarAsync(nights.First, nights.Last);
        var selection = page.GetByRole(AriaRole.Form, new() { Name = "Block the selected nights" });
        var range = $"{CalendarPageSteps.ShortDate(nights.First)} – {CalendarPageSteps.ShortDate(nights.Last)}";
        await Expect(calendar.GetByRole(AriaRole.Status)).ToHaveTextAsync($"{range}: 3 nights");
        await selection.GetByLabel("Note").FillAsync("Family visit");
        await selection.GetByRole(AriaRole.Button, new() { Name = "Block these nights" }).ClickAsync();

        await Expect(page.Locator("#block-list")).ToHaveTextAsync($"{range}3 nights · Family visitUnblock");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "blocked." })).ToHaveTextAsync($"{range} blocked.");
        await Expect(calendar.Day(nights.Last)).ToHaveAttributeAsync("aria-label", $"{CalendarPageSteps.DayName(nights.Last)}, blocked by you: Family visit");
        await Expect(calendar.Day(nights.Last)).ToHaveClassAsync(new Regex(@"\bkind-block\b"));
        (await host.Client.ListBlocksAsync(house)).Should().ContainSingle().Which.Should().Match<BlockBody>(block =>
            block.CheckIn == PageSteps.Iso(nights.First) && block.CheckOut == PageSteps.Iso(nights.Last.AddDays(1)) && block.Note == "Family visit");
        await searchTab.Page.ReloadAsync();
        await Expect(searchTab.Page.Locator("#results-title")).ToContainTextAsync(PageSteps.Shown(nights.First));
        await Expect(listing).ToHaveCountAsync(0);

        await calendar.Day(Today.AddDays(51)).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Unblock {range}" }).ClickAsync();
        await Expect(page.Locator("#block-list")).ToHaveTextAsync("No blocked nights.");
        await Expect(calendar.Day(Today.AddDays(51))).ToHaveAttributeAsync("aria-label", CalendarPageSteps.DayName(Today.AddDays(51)));
        (await host.Client.ListBlocksAsync(house)).Should().BeEmpty();
        await searchTab.Page.ReloadAsync();
        await Expect(listing).ToBeVisibleAsync();
        hostTab.ConsoleErrors.Should().BeEmpty();
        searchTab.ConsoleErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task A_host_copies_the_export_link_and_makes_a_new_one_after_which_the_old_one_is_not_found()
    {
        var (house, host, _) = await HouseAndGuestAsync();
        var tab = await Browser.OpenTabAsync();
        var page = tab.Page;
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.SignInAsync(host.Profile.Phone);
        await page.GotoAsync($"/myhouse?calendar={house}");

        var link = page.GetByRole(AriaRole.Textbox, new() { Name = "Export link" });
        await Expect(link).ToHaveValueAsync(new Regex(@"/ical/[A-Za-z0-9_-]{40,}\.ics$"));
        var oldUrl = await link.InputValueAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Copy", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Copied" })).ToHaveTextAsync("Copied. Paste it into the other site’s calendar import.");
        (await page.EvaluateAsync<string>("() => navigator.clipboard.readText()")).Should().Be(oldUrl);

        var questions = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            questions.Add(dialog.Message);
            await dialog.AcceptAsync();
        };
        await page.GetByRole(AriaRole.Button, new() { Name = "Make a new link" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "new link" })).ToHaveTextAsync("A new link is ready. The old one no longer works.");
        await Expect(link).Not.ToHaveValueAsync(oldUrl);
        questions.Should().ContainSingle().Which.Should().Contain("The old link stops working at once");

        var newUrl = await link.InputValueAsync();
        var reader = Browser.ApiClient();
        (await reader.GetAsync(oldUrl)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var feed = await reader.GetAsync(newUrl);
        feed.StatusCode.Should().Be(HttpStatusCode.OK);
        feed.Content.Headers.ContentType!.MediaType.Should().Be("text/calendar");
        tab.ConsoleErrors.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Devices))]
    public async Task A_host_imports_calendars_sees_their_nights_and_failures_syncs_and_removes_them(string device)
    {
        var (house, host, _) = await HouseAndGuestAsync();
        var path = $"/calendars/{house}-{device}.ics";
        var feedUrl = site.Ics.Serve(path, IcsFile.Calendar(
            IcsFile.AllDay("stay-1", Today.AddDays(60), Today.AddDays(63)),
            IcsFile.AllDay("stay-2", Today.AddDays(70), Today.AddDays(71))));
        var brokenUrl = site.Ics.Fail($"/broken/{house}-{device}.ics", 500);
        var tab = await Browser.OpenTabAsync(Viewport(device));
        var page = tab.Page;
        await page.SignInAsync(host.Profile.Phone);
        await page.GotoAsync($"/myhouse?calendar={house}");
        var calendar = page.GetByRole(AriaRole.Group, new() { Name = $"Calendar of {HouseTitle}" });
        var form = page.GetByRole(AriaRole.Form, new() { Name = "Add a calendar" });
        var imports = page.Locator("#import-list");
        await Expect(imports).ToHaveTextAsync("No imported calendars.");

        await form.GetByLabel("Name").FillAsync("Airbnb");
        await form.GetByLabel("iCal link").FillAsync(feedUrl);
        await form.GetByRole(AriaRole.Button, new() { Name = "Add calendar" }).ClickAsync();
        var airbnb = imports.Locator("li").Filter(new() { HasText = "Airbnb" });
        await Expect(airbnb).ToContainTextAsync("2 events · read ");
        await Expect(airbnb).ToContainTextAsync(feedUrl);
        await calendar.ShowMonthOfAsync(Today.AddDays(61));
        await Expect(calendar.Day(Today.AddDays(61))).ToHaveAttributeAsync("aria-label", $"{CalendarPageSteps.DayName(Today.AddDays(61))}, imported from Airbnb");
        await Expect(calendar.Day(Today.AddDays(61))).ToHaveClassAsync(new Regex(@"\bkind-import\b"));
        await calendar.ShowMonthOfAsync(Today.AddDays(63));
        await Expect(calendar.Day(Today.AddDays(63))).ToHaveAttributeAsync("aria-label", CalendarPageSteps.DayName(Today.AddDays(63)));

        await form.GetByLabel("Name").FillAsync("Old site");
        await form.GetByLabel("iCal link").FillAsync(brokenUrl);
        await form.GetByRole(AriaRole.Button, new() { Name = "Add calendar" }).ClickAsync();
        var oldSite = imports.Locator("li").Filter(new() { HasText = "Old site" });
        await Expect(oldSite).ToContainTextAsync("0 events · not read yet");
        var lastError = (await host.Client.ListImportsAsync(house)).Single(item => item.Name == "Old site").LastError;
        lastError.Should().NotBeNullOrEmpty();
        await Expect(oldSite.Locator(".alert.warn")).ToHaveTextAsync(lastError!);

        await form.GetByLabel("Name").FillAsync("Ftp site");
        await form.GetByLabel("iCal link").FillAsync("ftp://calendars.example.com/home.ics");
        await form.GetByRole(AriaRole.Button, new() { Name = "Add calendar" }).ClickAsync();
        await Expect(form.GetByLabel("iCal link")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(form.Locator(".field-error")).ToHaveTextAsync("The url must be an http or https address of at most 2000 characters.");
        await Expect(imports.Locator("li")).ToHaveCountAsync(2);

        site.Ics.Serve(path, IcsFile.Calendar(
            IcsFile.AllDay("stay-1", Today.AddDays(60), Today.AddDays(63)),
            IcsFile.AllDay("stay-2", Today.AddDays(70), Today.AddDays(71)),
            IcsFile.AllDay("stay-3", Today.AddDays(65), Today.AddDays(67))));
        await airbnb.GetByRole(AriaRole.Button, new() { Name = "Sync now" }).ClickAsync();
        await Expect(airbnb).ToContainTextAsync("3 events · read ");
        await calendar.ShowMonthOfAsync(Today.AddDays(66));
        await Expect(calendar.Day(Today.AddDays(66))).ToHaveAttributeAsync("aria-label", $"{CalendarPageSteps.DayName(Today.AddDays(66))}, imported from Airbnb");

        await airbnb.GetByRole(AriaRole.Button, new() { Name = "Remove" }).ClickAsync();
        await Expect(airbnb).ToHaveCountAsync(0);
        await calendar.ShowMonthOfAsync(Today.AddDays(61));
        await Expect(calendar.Day(Today.AddDays(61))).ToHaveAttributeAsync("aria-label", CalendarPageSteps.DayName(Today.AddDays(61)));
        (await host.Client.ListImportsAsync(house)).Select(item => item.Name).Should().Equal("Old site");
        tab.ConsoleErrors.Should().OnlyContain(error => error.EndsWith("the server responded with a status of 400 (Bad Request)"),
            "the refused ftp link is the only failure the browser reports");
    }

    private static int people;

    /// <summary>A published home at ¥350 a night (any stay length), its host, and a guest who may book it.</summary>
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

using System.Text.Json;
using System.Text.RegularExpressions;
using HomeRental.Api.Tests.Orders;
using HomeRental.Api.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HomeRental.Api.Tests.Browser;

/// <summary>Money and dates as people read them, and the shared layout: the phone menu, field errors, focus, photos.</summary>
public sealed partial class PageFormatTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const char NoBreakSpace = '\u00a0';

    // The first background that is not transparent, from the element up; white when none is.
    private const string ColoursScript = """
        element => {
          const opaque = colour => !/^rgba\(.*,\s*0\)$/.test(colour) && colour !== 'transparent';
          let node = element;
          while (node && !opaque(getComputedStyle(node).backgroundColor)) node = node.parentElement;
          return [getComputedStyle(element).color, node ? getComputedStyle(node).backgroundColor : 'rgb(255, 255, 255)'];
        }
        """;

    private DateOnly Today => browser.Factory.Clock.Today;

    public static TheoryData<string> Devices => new() { "desktop", "phone" };

    [Theory]
    [MemberData(nameof(Devices))]
    public async Task Money_reads_as_people_write_it_on_the_house_page_and_the_search_card(string device)
    {
        var (_, grand) = await browser.ListedHomeAsync($"Host Gao {device}", GuestSteps.Home($"Grand villa {device}", districtId: 9, priceCents: 1_288_800, depositCents: 0));
        await browser.ListedHomeAsync($"Host Fen {device}", GuestSteps.Home($"Villa with cents {device}", districtId: 9, priceCents: 1_288_850));
        var stay = (In: Today.AddDays(12), Out: Today.AddDays(14));
        var tab = await browser.OpenTabAsync(GuestSteps.Viewport(device));
        var page = tab.Page;

        await page.GotoAsync($"/search?districtId={grand.District.Id}&checkIn={PageSteps.Iso(stay.In)}&checkOut={PageSteps.Iso(stay.Out)}");
        var card = page.ResultCard($"Grand villa {device}");
        await Expect(card.Locator(".price")).ToHaveTextAsync("¥12,888 / night");
        await Expect(card.Locator(".stay-total")).ToHaveTextAsync("¥25,776 total for 2 nights");
        await Expect(page.ResultCard($"Villa with cents {device}").Locator(".price")).ToHaveTextAsync("¥12,888.50 / night");

        await card.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator(".price-big")).ToHaveTextAsync("¥12,888 / night");
        await Expect(page.Locator("#deposit")).ToHaveTextAsync("No deposit");
        await Expect(page.Locator("#stay-summary")).ToContainTextAsync("¥12,888 × 2 nights");
        await Expect(page.Locator("#total")).ToHaveTextAsync("¥25,776");
        await Expect(page.Locator("body")).Not.ToContainTextAsync("¥0.00");
        tab.ConsoleErrors.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Devices))]
    public async Task Every_page_writes_dates_one_way_and_a_date_in_a_heading_never_breaks(string device)
    {
        var (host, house) = await browser.ListedHomeAsync($"Host Dai {device}", GuestSteps.Home($"Dated flat {device}", districtId: 10));
        var guest = await browser.NewPersonAsync($"Guest Dai {device}");
        var stay = (In: Today.AddDays(40), Out: Today.AddDays(43));
        await guest.PaidStayAsync(host, house.Id, stay.In, stay.Out);
        var tab = await browser.OpenTabAsync(GuestSteps.Viewport(device));
        var page = tab.Page;
        await page.SignInAsync(guest.Profile.Phone);

        await page.GotoAsync($"/search?checkIn={PageSteps.Iso(stay.In.AddDays(10))}&checkOut={PageSteps.Iso(stay.Out.AddDays(10))}");
        var heading = page.Locator("#results-title");
        await Expect(heading).ToContainTextAsync(PageSteps.Stay(stay.In.AddDays(10), stay.Out.AddDays(10)));
        (await heading.TextContentAsync()).Should().Contain(PageSteps.Shown(stay.In.AddDays(10)).Replace(' ', NoBreakSpace),
            "the words of a date are joined by no-break spaces");
        await ExpectNoIsoDateAsync(page);

        await page.GotoAsync("/orders");
        await Expect(page.OrderCard(stay.In, stay.Out)).ToContainTextAsync($"You can review this stay from {PageSteps.Shown(stay.Out)}.");
        await ExpectNoIsoDateAsync(page);

        await page.GotoAsync($"/my");
        await Expect(page.Locator("#created-at")).ToHaveTextAsync(PageSteps.Shown(Today));
        tab.ConsoleErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task Escape_closes_the_phone_menu_and_gives_the_focus_back_to_its_button()
    {
        var tab = await browser.OpenTabAsync(PageSteps.Phone);
        var page = tab.Page;
        await page.GotoAsync("/search");
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        var nav = page.Locator("#site-nav");
        await Expect(nav).ToHaveAttributeAsync("data-state", "signed-out");

        await toggle.ClickAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Sign up" })).ToBeVisibleAsync();
        await nav.GetByRole(AriaRole.Link, new() { Name = "Sign up" }).FocusAsync();
        await page.Keyboard.PressAsync("Escape");

        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Sign up" })).ToBeHiddenAsync();
        await Expect(toggle).ToBeFocusedAsync();
        tab.ConsoleErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task A_field_reached_with_the_keyboard_shows_a_clear_focus_ring()
    {
        var tab = await browser.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync("/search");
        await page.GetByLabel("Guests").FocusAsync();

        await page.Keyboard.PressAsync("Tab");
        await ExpectFocusRingAsync(page.GetByLabel("Min per night"));
        await page.GetByLabel("Check-out").FocusAsync();
        await page.Keyboard.PressAsync("Shift+Tab");
        await ExpectFocusRingAsync(page.GetByLabel("Check-in"));
    }

    [Theory]
    [MemberData(nameof(Devices))]
    public async Task The_home_pages_check_out_error_is_readable_on_its_background(string device)
    {
        var tab = await browser.OpenTabAsync(GuestSteps.Viewport(device));
        var page = tab.Page;
        await page.GotoAsync("/");
        await page.GetByLabel("Check-in").FillAsync(PageSteps.Iso(Today.AddDays(3)));
        await page.GetByLabel("Check-out").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();

        var error = page.Locator("#checkOut-error");
        await Expect(error).ToHaveTextAsync("Choose a check-out date too.");
        var colours = await error.EvaluateAsync<string[]>(ColoursScript);
        Contrast(colours[0], colours[1]).Should().BeGreaterThanOrEqualTo(4.5, $"the error's {colours[0]} is readable on {colours[1]}");
        await ScreenshotTests.ScreenshotAsync(page, $"home-search-error-{device}.png");
        await Expect(page).ToHaveURLAsync(PageSteps.UrlEnding("/"));
    }

    [Theory]
    [MemberData(nameof(Devices))]
    public async Task A_field_focused_after_a_failed_submit_and_a_linked_trip_land_below_the_sticky_header(string device)
    {
        var (_, house) = await browser.ListedHomeAsync($"Host Many {device}", GuestSteps.Home($"Often booked flat {device}", districtId: 4));
        var guest = await browser.NewPersonAsync($"Guest Many {device}");
        var orders = new List<OrderBody>();
        foreach (var week in Enumerable.Range(1, 6))
        {
            orders.Add(await guest.PlaceOrderAsync(house.Id, Today.AddDays(7 * week), Today.AddDays(7 * week + 2)));
        }
        var tab = await browser.OpenTabAsync(GuestSteps.Viewport(device));
        var page = tab.Page;
        await page.GotoAsync("/register");
        await page.EvaluateAsync("() => window.scrollTo(0, document.body.scrollHeight)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        var phone = page.GetByLabel("Mobile number");
        await Expect(phone).ToBeFocusedAsync();
        await ExpectBelowHeaderAsync(page, phone);

        await page.SignInAsync(guest.Profile.Phone);
        var linked = orders[^2];
        await page.GotoAsync($"/orders#order-{linked.Id}");
        var card = page.Locator($"#order-{linked.Id}");
        await Expect(card).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => window.scrollY > 0");
        await ExpectBelowHeaderAsync(page, card);
        tab.ConsoleErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task Register_shows_an_error_of_a_field_once_at_that_field()
    {
        var tab = await browser.OpenTabAsync();
        var page = tab.Page;
        var phone = AccountSteps.NewPhone();
        await page.GotoAsync("/register");
        await page.GetByLabel("Mobile number").FillAsync(phone);
        await page.GetByLabel("Characters in the picture").FillAsync(await browser.CaptchaTextAsync(page));
        await page.GetByRole(AriaRole.Button, new() { Name = "Send code" }).ClickAsync();
        await Expect(page.Locator("#sms-status")).ToContainTextAsync($"We sent a code to {phone}");
        var wrong = browser.LoggedSmsCode(phone) == "000000" ? "111111" : "000000";
        await page.GetByLabel("SMS code").FillAsync(wrong);
        await page.GetByLabel("Password").FillAsync(AccountSteps.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await Expect(page.Locator("#smsCode-error")).ToHaveTextAsync("The SMS code is wrong.");
        await Expect(page.GetByText("The SMS code is wrong.")).ToHaveCountAsync(1);
        await Expect(page.Locator("#form-alert")).ToBeHiddenAsync();
        await Expect(page.GetByLabel("SMS code")).ToBeFocusedAsync();
    }

    [Theory]
    [MemberData(nameof(Devices))]
    public async Task A_paid_trip_shows_one_success_message(string device)
    {
        var (host, house) = await browser.ListedHomeAsync($"Host Pay {device}", GuestSteps.Home($"Flat to pay for {device}", districtId: 2));
        var guest = await browser.NewPersonAsync($"Guest Pay {device}");
        var order = await guest.PlaceOrderAsync(house.Id, Today.AddDays(50), Today.AddDays(52));
        (await host.Client.AcceptAsync(order.Id)).EnsureSuccessStatusCode();
        var tab = await browser.OpenTabAsync(GuestSteps.Viewport(device));
        var page = tab.Page;
        await page.SignInAsync(guest.Profile.Phone);

        await page.GotoAsync("/orders");
        var trip = page.OrderCard(Today.AddDays(50), Today.AddDays(52));
        await trip.GetByRole(AriaRole.Button, new() { Name = "Pay ¥700" }).ClickAsync();
        await trip.GetByRole(AriaRole.Button, new() { Name = "Confirm payment" }).ClickAsync();

        await Expect(trip.StatusBadge()).ToHaveTextAsync("Paid");
        await Expect(page.Locator(".alert.success")).ToHaveCountAsync(1);
        await Expect(page.Locator(".alert.success")).ToContainTextAsync("Payment received: ¥700");
        await Expect(trip.GetByText(new Regex(@"^Paid\b")).Filter(new() { Visible = true })).ToHaveCountAsync(1);
        tab.ConsoleErrors.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Devices))]
    public async Task A_house_without_photos_shows_no_tall_empty_block(string device)
    {
        var host = await browser.NewPersonAsync($"Host Bare {device}", host: true);
        var house = await host.PublishAsync(GuestSteps.Home($"Bare flat {device}", districtId: 3, description: "Two rooms.\nA balcony facing the park."));
        var tab = await browser.OpenTabAsync(GuestSteps.Viewport(device));
        var page = tab.Page;

        await page.GotoAsync($"/detail?id={house.Id}");
        await Expect(page.Locator("h1")).ToHaveTextAsync($"Bare flat {device}");
        var gallery = await page.Locator(".gallery").BoundingBoxAsync();
        gallery!.Height.Should().BeLessThanOrEqualTo(120, "a home without photos shows a slim placeholder");
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = $"Bare flat {device} (no photo yet)" })).ToBeVisibleAsync();
        var description = page.Locator("#description");
        await Expect(description).ToHaveTextAsync("Two rooms.\nA balcony facing the park.", new() { UseInnerText = true });
        await ScreenshotTests.ScreenshotAsync(page, $"house-no-photo-{device}.png");
        tab.ConsoleErrors.Should().BeEmpty();
    }

    private static async Task ExpectFocusRingAsync(ILocator field)
    {
        await Expect(field).ToBeFocusedAsync();
        var outline = await field.EvaluateAsync<string[]>("element => { const style = getComputedStyle(element); return [style.outlineStyle, style.outlineWidth, style.outlineColor]; }");
        outline[0].Should().Be("solid", "the focused field has a ring");
        double.Parse(outline[1].Replace("px", ""), System.Globalization.CultureInfo.InvariantCulture).Should().BeGreaterThanOrEqualTo(2);
        Contrast(outline[2], "rgb(255, 255, 255)").Should().BeGreaterThanOrEqualTo(3, "the ring stands out on the white card");
    }

    private static async Task ExpectBelowHeaderAsync(IPage page, ILocator element)
    {
        var box = await element.BoundingBoxAsync();
        var header = await page.Locator(".site-header").BoundingBoxAsync();
        box!.Y.Should().BeGreaterThanOrEqualTo(header!.Y + header.Height, "the sticky header does not cover it");
    }

    private static async Task ExpectNoIsoDateAsync(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var text = await page.Locator("main").InnerTextAsync();
        IsoDate().Matches(text).Should().BeEmpty($"{page.Url} writes dates as 12 Dec 2026");
    }

    private static double Contrast(string foreground, string background)
    {
        static double Luminance(string colour)
        {
            var channels = Channel().Matches(colour).Take(3).Select(match => double.Parse(match.Value, System.Globalization.CultureInfo.InvariantCulture) / 255)
                .Select(c => c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4)).ToArray();
            return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
        }
        var (a, b) = (Luminance(foreground), Luminance(background));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"[\d.]+")]
    private static partial Regex Channel();
}

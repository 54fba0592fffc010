using System.Text.RegularExpressions;
using HomeRental.Api.Tests.Calendars;
using HomeRental.Api.Tests.Orders;
using HomeRental.Api.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HomeRental.Api.Tests.Browser;

/// <summary>
/// The calendars of a house page and of "my listings", with a booking, a request, a block and an imported calendar,
/// on a desktop and a phone. Written to docs/screenshots only when HOMERENTAL_SCREENSHOTS=1, as <see cref="ScreenshotTests"/>.
/// </summary>
public sealed class CalendarScreenshotTests(CalendarPageFixture site) : IClassFixture<CalendarPageFixture>
{
    private static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private BrowserFixture Browser => site.Browser;

    [Fact]
    public async Task The_calendars_of_a_house_page_and_of_my_listings_look_right_on_a_desktop_and_a_phone()
    {
        var today = Browser.Factory.Clock.Today;
        var host = await Browser.NewPersonAsync("Wang Fang", host: true);
        var body = HouseSteps.NewHouseBody();
        body["title"] = "Rooftop flat in a Xicheng hutong";
        var house = await host.PublishAsync(body, HousePicture.Create(PictureColours.Dusk, houseCentre: 0.5));
        await (await Browser.NewPersonAsync("Li Na")).PaidStayAsync(host, house.Id, today.AddDays(5), today.AddDays(8));
        await (await Browser.NewPersonAsync("Tom B.")).PlaceOrderAsync(house.Id, today.AddDays(9), today.AddDays(11));
        await host.Client.PlaceBlockAsync(house.Id, today.AddDays(14), today.AddDays(17), "Painters in");
        var feed = site.Ics.Serve("/screens/airbnb.ics", IcsFile.Calendar(IcsFile.AllDay("trip", today.AddDays(21), today.AddDays(25))));
        await host.Client.AddImportAsync(house.Id, feed, "Airbnb");
        var stay = (In: today.AddDays(28), Out: today.AddDays(31));

        foreach (var (viewport, device) in new[] { (Desktop, "desktop"), (Phone, "phone") })
        {
            var guest = await Browser.OpenTabAsync(viewport);
            await guest.Page.GotoAsync($"/detail?id={house.Id}");
            var picker = guest.Page.StayCalendar();
            await picker.PickOnCalendarAsync(stay.In, stay.Out);
            await Expect(guest.Page.Locator("#total")).ToHaveTextAsync("¥1,050");
            await Expect(picker.Day(today.AddDays(15))).ToBeDisabledAsync();
            await ScrollToAsync(guest.Page, "#availability-title");
            await ScreenshotTests.ScreenshotAsync(guest.Page, $"calendar-house-{device}.png");

            var hostTab = await Browser.OpenTabAsync(viewport);
            await hostTab.Page.SignInAsync(host.Profile.Phone);
            await hostTab.Page.GotoAsync($"/myhouse?calendar={house.Id}");
            var calendar = hostTab.Page.GetByRole(AriaRole.Group, new() { Name = $"Calendar of {body["title"]}" });
            await Expect(calendar.Day(today.AddDays(22))).ToHaveClassAsync(new Regex(@"\bkind-import\b"));
            await Expect(hostTab.Page.Locator("#import-list")).ToContainTextAsync("1 event · read ");
            await ScrollToAsync(hostTab.Page, "#host-calendar-title");
            await ScreenshotTests.ScreenshotAsync(hostTab.Page, $"calendar-host-{device}.png");

            guest.ConsoleErrors.Should().BeEmpty();
            hostTab.ConsoleErrors.Should().BeEmpty();
        }
    }

    /// <summary>Scrolls so that <paramref name="selector"/> sits just below the sticky header.</summary>
    private static Task ScrollToAsync(IPage page, string selector) => page.EvaluateAsync("""
        (selector) => {
          const target = document.querySelector(selector);
          const header = document.querySelector('.site-header');
          window.scrollTo(0, target.getBoundingClientRect().top + window.scrollY - header.offsetHeight - 12);
        }
        """, selector);
}

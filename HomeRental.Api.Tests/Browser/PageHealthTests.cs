using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HomeRental.Api.Tests.Browser;

/// <summary>Every page, signed out and signed in, on a desktop and on a phone, under the app's strict content security policy.</summary>
public sealed class PageHealthTests(ListedSiteFixture site) : IClassFixture<ListedSiteFixture>
{
    private const string ChromiumReportOfA404 = "Failed to load resource: the server responded with a status of 404 (Not Found)";

    public static TheoryData<string, bool> Devices => new()
    {
        { "desktop", false },
        { "desktop", true },
        { "phone", false },
        { "phone", true },
    };

    [Theory]
    [MemberData(nameof(Devices))]
    public async Task No_page_logs_a_console_error_or_fails_a_request(string device, bool signedIn)
    {
        var visits = await site.TourAsync(Viewport(device), signedIn);

        foreach (var visit in visits.Where(visit => visit.Page.Path != SitePage.Unknown))
        {
            visit.ConsoleErrors.Should().BeEmpty($"{visit.Page.Path} logs no error (CSP violations included)");
            visit.FailedResponses.Should().BeEmpty($"every request of {visit.Page.Path} succeeds");
        }
        var unknown = visits.Single(visit => visit.Page.Path == SitePage.Unknown);
        unknown.FailedResponses.Should().Equal([$"404 {site.Browser.BaseUrl}{SitePage.Unknown}"], "only the unknown page itself is not found");
        unknown.ConsoleErrors.Should().ContainSingle("Chromium reports the page's own 404 status, and nothing else fails")
            .Which.Should().EndWith(ChromiumReportOfA404);
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Signed_out_pages_never_ask_for_the_session_and_private_ones_send_the_person_to_sign_in(string device)
    {
        var visits = await site.TourAsync(Viewport(device), signedIn: false);

        visits.Should().AllSatisfy(visit => visit.SessionChecks.Should().Be(0, $"{visit.Page.Path} knows from the sign-in hint that nobody is signed in"));
        foreach (var visit in visits)
        {
            var expected = visit.Page.NeedsSession ? visit.Page.LoginUrl : visit.Page.Path;
            visit.FinalUrl.Should().Be(site.Browser.BaseUrl + expected);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task No_page_scrolls_sideways_on_a_phone(bool signedIn)
    {
        var visits = await site.TourAsync(PageSteps.Phone, signedIn);

        visits.Should().AllSatisfy(visit => visit.SidewaysOverflow.Should().BeLessThanOrEqualTo(0,
            $"{visit.FinalUrl} fits a {PageSteps.Phone.Width} px wide screen"));
    }

    [Fact]
    public async Task The_header_stays_at_the_top_of_a_phone_screen_while_the_page_scrolls()
    {
        var tab = await site.Browser.OpenTabAsync(PageSteps.Phone);
        var page = tab.Page;
        await page.GotoAsync("/search");
        await Expect(page.Locator("#result-list .house-card")).ToHaveCountAsync(2);

        await page.Mouse.WheelAsync(0, 800);
        await page.WaitForFunctionAsync("() => window.scrollY >= 800");
        var header = await page.Locator(".site-header").BoundingBoxAsync();
        header!.Y.Should().Be(0);
    }

    private static ViewportSize Viewport(string device) => device == "phone" ? PageSteps.Phone : PageSteps.Desktop;
}

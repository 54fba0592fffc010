using Microsoft.Playwright;
using HomeRental.Api.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace HomeRental.Api.Tests.Browser;

/// <summary>A page of the site, and whether it needs a session (without one it sends the person to sign in).</summary>
public sealed record SitePage(string Path, bool NeedsSession)
{
    public const string Unknown = "/no-such-page";

    /// <summary>Where a signed-out person lands: the sign-in page that brings them back.</summary>
    public string LoginUrl => $"/login?next={Uri.EscapeDataString(Path)}";
}

/// <summary>What one visit saw once the page had settled.</summary>
public sealed record PageVisit(
    SitePage Page,
    string FinalUrl,
    IReadOnlyList<string> ConsoleErrors,
    IReadOnlyList<string> FailedResponses,
    int SessionChecks,
    int SidewaysOverflow);

/// <summary>Opens every page in one tab, one after the other, and records what each one did.</summary>
public static class PageTour
{
    private const string SessionCheck = "/api/v1.0/sessions/current";

    // site.css clips sideways overflow on html and body, so content too wide for the screen is cut off
    // instead of scrolling; only body's scroll width still shows it.
    internal const string SidewaysOverflowScript =
        "() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth";

    /// <param name="houseId">A home of someone else, to see and book.</param>
    /// <param name="ownHouseId">A home of the signed-in person, to edit.</param>
    public static IReadOnlyList<SitePage> Pages(int houseId, int ownHouseId) =>
    [
        new("/", false),
        new("/register", false),
        new("/login", false),
        new("/my", true),
        new("/profile", true),
        new("/auth", true),
        new("/myhouse", true),
        new("/newhouse", true),
        new($"/edithouse?id={ownHouseId}", true),
        new($"/detail?id={houseId}", false),
        new("/search", false),
        new($"/booking?houseId={houseId}", true),
        new("/orders", true),
        new("/lorders", true),
        new(SitePage.Unknown, false),
    ];

    /// <param name="signedInPhone">The account to sign in with on the sign-in page first, or null to stay signed out.</param>
    public static async Task<IReadOnlyList<PageVisit>> TakeAsync(
        BrowserFixture browser, IReadOnlyList<SitePage> pages, ViewportSize viewport, string? signedInPhone)
    {
        var tab = await browser.OpenTabAsync(viewport);
        var page = tab.Page;
        if (signedInPhone is not null)
        {
            await page.SignInAsync(signedInPhone);
        }

        var failedResponses = new List<string>();
        var sessionChecks = 0;
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failedResponses.Add($"{response.Status} {response.Url}");
            }
        };
        page.Request += (_, request) => sessionChecks += request.Url.EndsWith(SessionCheck) ? 1 : 0;

        var visits = new List<PageVisit>();
        foreach (var sitePage in pages)
        {
            tab.ConsoleErrors.Clear();
            failedResponses.Clear();
            sessionChecks = 0;
            await VisitAsync(page, sitePage, signedInPhone is not null);
            var overflow = await page.EvaluateAsync<int>(SidewaysOverflowScript);
            visits.Add(new PageVisit(sitePage, page.Url, [.. tab.ConsoleErrors], [.. failedResponses], sessionChecks, overflow));
        }
        await page.Context.CloseAsync();
        return visits;
    }

    /// <summary>Opens the page and waits until it has settled: the header filled, its own requests finished.</summary>
    public static async Task VisitAsync(IPage page, SitePage sitePage, bool signedIn)
    {
        await page.GotoAsync(sitePage.Path);
        if (sitePage.NeedsSession && !signedIn)
        {
            await Expect(page).ToHaveURLAsync(PageSteps.UrlEnding(sitePage.LoginUrl));
        }
        // Every page fills the header once it knows who is signed in; then its own requests finish.
        await Expect(page.Locator("#site-nav")).ToHaveAttributeAsync("data-state", signedIn ? "signed-in" : "signed-out");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }
}

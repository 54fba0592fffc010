using System.Text.Json;
using HomeRental.Api.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HomeRental.Api.Tests.Browser;

/// <summary>One finding of axe-core: the rule, how bad it is, what it asks for and where (the first elements).</summary>
public sealed record AxeViolation(string Id, string Impact, string Help, string[] Targets)
{
    public override string ToString() => $"{Id} ({Impact}): {Help} at {string.Join(", ", Targets)}";
}

/// <summary>
/// Every page of the tour, signed out and signed in, on a desktop and a phone, checked by axe-core (tools/axe, installed
/// by test.sh): no serious or critical violation.
/// </summary>
public sealed class AccessibilityTests(ListedSiteFixture site) : IClassFixture<ListedSiteFixture>
{
    private const string AxeScript = """
        async () => {
          const result = await axe.run(document, { resultTypes: ['violations'] });
          return result.violations
            .filter(violation => violation.impact === 'serious' || violation.impact === 'critical')
            .map(violation => ({
              id: violation.id,
              impact: violation.impact,
              help: violation.help,
              targets: violation.nodes.slice(0, 3).map(node => node.target.join(' ')),
            }));
        }
        """;

    public static TheoryData<string, bool> Devices => new()
    {
        { "desktop", false },
        { "desktop", true },
        { "phone", false },
        { "phone", true },
    };

    private static readonly string Axe = Repository.PathOf("tools", "axe", "node_modules", "axe-core", "axe.min.js");

    [Theory]
    [MemberData(nameof(Devices))]
    public async Task No_page_has_a_serious_or_critical_accessibility_violation(string device, bool signedIn)
    {
        var page = await OpenTabAsync(device, signedIn);

        var found = new List<string>();
        foreach (var sitePage in PageTour.Pages(site.OtherHouseId, site.OwnHouseId))
        {
            await PageTour.VisitAsync(page, sitePage, signedIn);
            found.AddRange(await AuditAsync(page));
        }
        await page.Context.CloseAsync();

        found.Should().BeEmpty($"every page passes axe-core on a {device} {(signedIn ? "signed in" : "signed out")}");
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task The_house_forms_pass_with_their_field_errors_shown(string device)
    {
        var page = await OpenTabAsync(device, signedIn: true);

        await PageTour.VisitAsync(page, new SitePage("/newhouse", true), signedIn: true);
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish and add photos" }).ClickAsync();
        await Expect(page.Locator("#form-alert")).ToHaveTextAsync("Please correct the marked fields.");
        var found = (await AuditAsync(page)).ToList();

        await PageTour.VisitAsync(page, new SitePage($"/edithouse?id={site.OwnHouseId}", true), signedIn: true);
        await page.GetByLabel("Title").FillAsync(string.Empty);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.Locator("#title-error")).ToHaveTextAsync("Give your home a title.");
        found.AddRange(await AuditAsync(page));
        await page.Context.CloseAsync();

        found.Should().BeEmpty($"the forms pass axe-core with their errors shown on a {device}");
    }

    private async Task<IPage> OpenTabAsync(string device, bool signedIn)
    {
        File.Exists(Axe).Should().BeTrue($"axe-core is installed in tools/axe (run: npm ci --prefix tools/axe), looked for {Axe}");
        var tab = await site.Browser.OpenTabAsync(device == "phone" ? PageSteps.Phone : PageSteps.Desktop, bypassCsp: true);
        if (signedIn)
        {
            await tab.Page.SignInAsync(site.Mei.Profile.Phone);
        }
        return tab.Page;
    }

    /// <summary>The page's serious and critical violations, each as "url: rule (impact): help at targets".</summary>
    private static async Task<IEnumerable<string>> AuditAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Path = Axe });
        var violations = (await page.EvaluateAsync<JsonElement>(AxeScript)).Deserialize<AxeViolation[]>(JsonSerializerOptions.Web)!;
        return violations.Select(violation => $"{page.Url}: {violation}");
    }
}

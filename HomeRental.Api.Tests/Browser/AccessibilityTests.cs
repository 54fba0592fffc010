using System.Text.Json;
using HomeRental.Api.Tests.Support;
using Microsoft.Playwright;

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

    [Theory]
    [MemberData(nameof(Devices))]
    public async Task No_page_has_a_serious_or_critical_accessibility_violation(string device, bool signedIn)
    {
        var axe = Repository.PathOf("tools", "axe", "node_modules", "axe-core", "axe.min.js");
        File.Exists(axe).Should().BeTrue($"axe-core is installed in tools/axe (run: npm ci --prefix tools/axe), looked for {axe}");
        var tab = await site.Browser.OpenTabAsync(device == "phone" ? PageSteps.Phone : PageSteps.Desktop, bypassCsp: true);
        var page = tab.Page;
        if (signedIn)
        {
            await page.SignInAsync(site.Mei.Profile.Phone);
        }

        var found = new List<string>();
        foreach (var sitePage in PageTour.Pages(site.OtherHouseId, site.OwnHouseId))
        {
            await PageTour.VisitAsync(page, sitePage, signedIn);
            await page.AddScriptTagAsync(new() { Path = axe });
            var violations = (await page.EvaluateAsync<JsonElement>(AxeScript)).Deserialize<AxeViolation[]>(JsonSerializerOptions.Web)!;
            found.AddRange(violations.Select(violation => $"{page.Url}: {violation}"));
        }
        await page.Context.CloseAsync();

        found.Should().BeEmpty($"every page passes axe-core on a {device} {(signedIn ? "signed in" : "signed out")}");
    }
}

using System.Text.RegularExpressions;
using HomeRental.Api.Tests.Orders;
using HomeRental.Api.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HomeRental.Api.Tests.Browser;

/// <summary>
/// A host and a guest who gave no username: every page shows them by their generated names, and no page shows a
/// phone number but the owner's own account page.
/// </summary>
public sealed partial class PagePrivacyTests : IClassFixture<BrowserFixture>
{
    private readonly BrowserFixture browser;

    public PagePrivacyTests(BrowserFixture browser) => this.browser = browser;

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task No_page_shows_a_phone_number_but_the_owner_s_account_page(string device)
    {
        var host = await browser.NewPersonAsync(username: null, host: true);
        var guest = await browser.NewPersonAsync(username: null);
        var house = await host.PublishAsync(HouseSteps.NewHouseBody(), HousePicture.Create(PictureColours.Morning));
        var today = browser.Factory.Clock.Today;
        await guest.PlaceOrderAsync(house.Id, today.AddDays(3), today.AddDays(5));

        var seen = new List<(string Who, string Path, string Text)>();
        foreach (var (who, person) in new[] { ("visitor", (Person?)null), ("host", host), ("guest", guest) })
        {
            var tab = await browser.OpenTabAsync(device == "phone" ? ScreenshotTests.Phone : ScreenshotTests.Desktop);
            if (person is not null)
            {
                await tab.Page.SignInAsync(person.Profile.Phone);
            }
            foreach (var path in new[] { "/", "/register", "/login", "/search", $"/detail?id={house.Id}", "/my", "/orders", "/lorders", "/myhouse", $"/booking?houseId={house.Id}" })
            {
                await tab.Page.GotoAsync(path);
                await tab.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                seen.Add((who, path, await tab.Page.Locator("body").InnerTextAsync()));
            }
            await tab.Page.Context.CloseAsync();
        }

        seen.Should().Contain(visit => visit.Who == "visitor" && visit.Path.StartsWith("/detail") && visit.Text.Contains(host.Profile.Username),
            "the house page names its host by the generated name");
        seen.Should().Contain(visit => visit.Who == "host" && visit.Path == "/lorders" && visit.Text.Contains(guest.Profile.Username),
            "the host sees the guest by the generated name");
        foreach (var visit in seen.Where(visit => !(visit.Path == "/my" && visit.Who != "visitor")))
        {
            PhoneNumber().Matches(visit.Text).Select(match => match.Value).Should().BeEmpty($"{visit.Path} as {visit.Who} shows no phone number");
        }
        seen.Single(visit => visit.Who == "host" && visit.Path == "/my").Text.Should().Contain(host.Profile.Phone, "the owner sees their own phone")
            .And.NotContain(guest.Profile.Phone);
    }

    [GeneratedRegex("(?<![0-9])1[3-9][0-9]{9}(?![0-9])")]
    private static partial Regex PhoneNumber();
}

using System.Text.Json;
using HomeRental.Api.Houses;
using HomeRental.Api.Tests.Orders;
using HomeRental.Api.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HomeRental.Api.Tests.Browser;

/// <summary>The host's side: editing a home and its photos, the not-listed notice, guest requests and the identity page.</summary>
public sealed class HostListingPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Description = "Bright rooms above a quiet courtyard.\n\nTen minutes' walk to the subway.";

    public static TheoryData<string> Devices => new() { "desktop", "phone" };

    [Theory]
    [MemberData(nameof(Devices))]
    public async Task Every_field_is_edited_and_the_saved_values_come_back_on_the_page_the_house_page_and_the_api(string device)
    {
        var host = await browser.NewPersonAsync($"Lan-{device}", host: true);
        var house = await host.PublishAsync(HouseSteps.NewHouseBody(), HousePicture.Create(PictureColours.Morning));
        var page = await SignedInTabAsync(host, device);

        await page.GotoAsync("/myhouse");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Edit {house.Title}" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(PageSteps.UrlEnding($"/edithouse?id={house.Id}"));
        await Expect(page.GetByLabel("Title")).ToHaveValueAsync(house.Title);
        await Expect(page.GetByLabel("Price per night")).ToHaveValueAsync("350");
        await Expect(page.GetByLabel("Deposit")).ToHaveValueAsync("500");
        await Expect(page.GetByLabel("Heating", new() { Exact = true })).ToBeCheckedAsync();

        await page.GetByLabel("Title").FillAsync("Courtyard flat in Haidian");
        await page.GetByLabel("Description").FillAsync(Description);
        await Expect(page.Locator("#description-count")).ToHaveTextAsync($"{Description.Length} / 2,000 characters");
        await page.GetByLabel("Price per night").FillAsync("412.50");
        await page.GetByLabel("Deposit").FillAsync("0");
        await page.GetByLabel("District", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Haidian" });
        await page.GetByLabel("Address").FillAsync("8 Courtyard Lane, Haidian");
        await page.GetByLabel("Rooms").FillAsync("3");
        await page.GetByLabel("Area").FillAsync("88");
        await page.GetByLabel("Maximum guests").FillAsync("5");
        await page.GetByLabel("Floor plan").FillAsync("3 bedrooms");
        await page.GetByLabel("Beds").FillAsync("3 double beds");
        await page.GetByLabel("Minimum nights").FillAsync("2");
        await page.GetByLabel("Maximum nights").FillAsync("14");
        await page.GetByLabel("Heating", new() { Exact = true }).UncheckAsync();
        await page.GetByLabel("Balcony", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.Locator("#form-alert")).ToHaveTextAsync(
            "Saved: title, description, price, deposit, district, address, rooms, area, maximum guests, floor plan, beds, minimum nights, maximum nights, amenities.");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Edit “Courtyard flat in Haidian”");

        await page.ReloadAsync();
        await Expect(page.GetByLabel("Title")).ToHaveValueAsync("Courtyard flat in Haidian");
        await Expect(page.GetByLabel("Description")).ToHaveValueAsync(Description);
        await Expect(page.GetByLabel("Price per night")).ToHaveValueAsync("412.50");
        await Expect(page.GetByLabel("Deposit")).ToHaveValueAsync("0");
        await Expect(page.GetByLabel("District", new() { Exact = true }).Locator("option:checked")).ToHaveTextAsync("Haidian");
        await Expect(page.GetByLabel("Maximum nights")).ToHaveValueAsync("14");
        await Expect(page.GetByLabel("Heating", new() { Exact = true })).Not.ToBeCheckedAsync();
        await Expect(page.GetByLabel("Balcony", new() { Exact = true })).ToBeCheckedAsync();

        var saved = await host.Client.GetHouseAsync(house.Id);
        saved.Should().BeEquivalentTo(new
        {
            Title = "Courtyard flat in Haidian", Description, PriceCents = 41_250L, DepositCents = 0L, Address = "8 Courtyard Lane, Haidian",
            RoomCount = 3, AreaSize = 88, MaxGuests = 5, FloorPlan = "3 bedrooms", BedConfig = "3 double beds", MinNights = 2, MaxNights = 14,
        });
        saved.District.Name.Should().Be("Haidian");
        saved.Amenities.Select(amenity => amenity.Name).Should().BeEquivalentTo("Wi-Fi", "Balcony");

        await page.GetByRole(AriaRole.Link, new() { Name = "View the house page" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Courtyard flat in Haidian");
    }

    [Fact]
    public async Task Saving_sends_only_the_changed_fields_and_nothing_when_none_changed()
    {
        var host = await browser.NewPersonAsync("Yu", host: true);
        var house = await host.PublishAsync(HouseSteps.NewHouseBody(), HousePicture.Create(PictureColours.Dusk));
        var page = await SignedInTabAsync(host, "desktop");
        await page.GotoAsync($"/edithouse?id={house.Id}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.Locator("#form-alert")).ToHaveTextAsync("Nothing to save: no field has changed.");

        await page.GetByLabel("Maximum guests").FillAsync("6");
        var patch = await page.RunAndWaitForRequestAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync(),
            request => request.Method == "PATCH");
        JsonDocument.Parse(patch.PostData!).RootElement.EnumerateObject().Select(member => $"{member.Name}={member.Value}")
            .Should().Equal("maxGuests=6");
        await Expect(page.Locator("#form-alert")).ToHaveTextAsync("Saved: maximum guests.");
    }

    [Fact]
    public async Task A_field_the_server_refuses_shows_its_message_at_the_field()
    {
        var host = await browser.NewPersonAsync("Bo", host: true);
        var house = await host.PublishAsync(HouseSteps.NewHouseBody(), HousePicture.Create(PictureColours.Dusk));
        var page = await SignedInTabAsync(host, "desktop");
        await page.GotoAsync($"/edithouse?id={house.Id}");
        await Expect(page.GetByLabel("Title")).ToHaveValueAsync(house.Title);

        // A district the list offered but that no longer exists by the time the host saves.
        await page.EvaluateAsync("() => { const select = document.getElementById('districtId'); select.add(new Option('Gone', '999')); select.value = '999'; }");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        var district = page.GetByLabel("District", new() { Exact = true });
        await Expect(district).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#districtId-error")).Not.ToBeEmptyAsync();
        await Expect(district).ToBeFocusedAsync();
        (await host.Client.GetHouseAsync(house.Id)).District.Id.Should().Be(house.District.Id);
    }

    [Theory]
    [MemberData(nameof(Devices))]
    public async Task A_home_without_a_photo_says_it_is_not_listed_until_photos_are_added_and_the_host_chooses_the_cover_and_removes_one(string device)
    {
        var host = await browser.NewPersonAsync($"Xia-{device}", host: true);
        var house = await host.Client.CreateHouseAsync(HouseSteps.NewHouseBody());
        var page = await SignedInTabAsync(host, device);

        await page.GotoAsync("/myhouse");
        var notice = page.Locator($"[data-not-listed=\"{house.Id}\"]");
        await Expect(notice).ToHaveTextAsync("Not listed in search. Add a photo to list this home. Add a photo to " + house.Title);
        await notice.GetByRole(AriaRole.Link, new() { Name = $"Add a photo to {house.Title}" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(PageSteps.UrlEnding($"/edithouse?id={house.Id}#photos"));
        await Expect(page.Locator("#not-listed")).ToBeVisibleAsync();
        await Expect(page.Locator("#photo-list")).ToHaveTextAsync("No photos yet.");

        await page.GetByLabel("Add photos").SetInputFilesAsync(
        [
            new FilePayload { Name = "garden.png", MimeType = "image/png", Buffer = HousePicture.Create(PictureColours.Summer) },
            new FilePayload { Name = "dusk.png", MimeType = "image/png", Buffer = HousePicture.Create(PictureColours.Sunset) },
        ]);
        await Expect(page.Locator(".upload-item .status")).ToContainTextAsync(["✓ Uploaded · cover photo", "✓ Uploaded"]);
        var photos = page.Locator("#photo-list .photo-item img");
        await Expect(photos).ToHaveCountAsync(2);
        await Expect(page.Locator("#not-listed")).ToBeHiddenAsync();
        await Expect(photos.First).ToHaveAttributeAsync("alt", $"Cover photo of {house.Title}");
        await Expect(photos.Nth(1)).ToHaveAttributeAsync("alt", $"Photo 2 of {house.Title}");
        (await host.Client.SearchAsync("pageSize=50")).Items.Should().Contain(listed => listed.Id == house.Id, "a home with a photo is listed");

        await page.GetByRole(AriaRole.Button, new() { Name = "Make photo 2 the cover" }).ClickAsync();
        await Expect(page.Locator("#photo-alert")).ToHaveTextAsync("Photo 2 is now the cover.");
        await Expect(page.Locator("#photo-list .photo-item").Nth(1).Locator("[data-cover]")).ToHaveTextAsync("Cover");
        var afterCover = await host.Client.GetHouseAsync(house.Id);
        afterCover.CoverImageUrl.Should().Be(afterCover.Images[1].Url);

        string? question = null;
        page.Dialog += async (_, dialog) =>
        {
            question = dialog.Message;
            await dialog.AcceptAsync();
        };
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove photo 1" }).ClickAsync();
        await Expect(page.Locator("#photo-alert")).ToHaveTextAsync("Photo 1 removed.");
        await Expect(photos).ToHaveCountAsync(1);
        await Expect(photos.First).ToHaveAttributeAsync("alt", $"Cover photo of {house.Title}");
        question.Should().Be($"Remove photo 1 of “{house.Title}”? This cannot be undone.");
        var afterRemoval = await host.Client.GetHouseAsync(house.Id);
        afterRemoval.Images.Should().ContainSingle().Which.Url.Should().Be(afterCover.CoverImageUrl);

        await page.GotoAsync("/myhouse");
        await Expect(page.Locator($"[data-house-id=\"{house.Id}\"] img")).ToBeVisibleAsync();
        await Expect(notice).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_awaiting_count_follows_each_answer_and_goes_away_at_none()
    {
        var host = await browser.NewPersonAsync("Ming", host: true);
        var house = await host.PublishAsync(HouseSteps.NewHouseBody(), HousePicture.Create(PictureColours.Lavender));
        var today = browser.Factory.Clock.Today;
        await (await browser.NewPersonAsync("Tao")).PlaceOrderAsync(house.Id, today.AddDays(3), today.AddDays(5));
        await (await browser.NewPersonAsync("Rui")).PlaceOrderAsync(house.Id, today.AddDays(10), today.AddDays(12));
        var page = await SignedInTabAsync(host, "desktop");

        await page.GotoAsync("/lorders");
        var count = page.Locator("#order-count");
        await Expect(count).ToHaveTextAsync("2 bookings of your homes · 2 awaiting your answer on this page.");

        await page.OrderCard(today.AddDays(3), today.AddDays(5)).GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await Expect(count).ToHaveTextAsync("2 bookings of your homes · 1 awaiting your answer on this page.");

        var second = page.OrderCard(today.AddDays(10), today.AddDays(12));
        await second.GetByRole(AriaRole.Button, new() { Name = "Reject…" }).ClickAsync();
        await second.GetByLabel("Reason for the guest").FillAsync("The flat is being repainted then.");
        await second.GetByRole(AriaRole.Button, new() { Name = "Reject request" }).ClickAsync();
        await Expect(count).ToHaveTextAsync("2 bookings of your homes.");
    }

    [Theory]
    [MemberData(nameof(Devices))]
    public async Task The_publish_button_has_a_drawn_plus_and_amenity_checkboxes_keep_their_size_when_a_label_wraps(string device)
    {
        var host = await browser.NewPersonAsync($"Nuo-{device}", host: true);
        var page = await SignedInTabAsync(host, device);

        await page.GotoAsync("/myhouse");
        var publish = page.Locator("#publish-button");
        await Expect(publish).ToHaveTextAsync("Publish a home");
        await Expect(publish.Locator("svg.icon")).ToHaveCountAsync(1);

        await publish.ClickAsync();
        await Expect(page.GetByLabel("Wi-Fi", new() { Exact = true })).ToBeVisibleAsync();
        // Long names wrap in a narrow column; the box beside them must not be squeezed by the text.
        await page.EvaluateAsync("() => document.querySelector('label[for=\"amenity-1\"]').lastChild.textContent = 'Wi-Fi in every room, fast enough for video calls'");
        var sizes = await page.EvaluateAsync<double[][]>(
            "() => [...document.querySelectorAll('#amenity-list input')].map(box => { const r = box.getBoundingClientRect(); return [r.width, r.height]; })");
        var wrapped = await page.EvaluateAsync<double>("() => document.querySelector('label[for=\"amenity-1\"]').getBoundingClientRect().height");
        wrapped.Should().BeGreaterThan(30, "the long label wraps onto more lines");
        sizes.Should().AllSatisfy(size => size.Should().Equal([18.4, 18.4], (a, b) => Math.Abs(a - b) < 0.5));
    }

    [Theory]
    [MemberData(nameof(Devices))]
    public async Task The_masked_identity_number_stays_on_one_line_inside_its_box(string device)
    {
        var host = await browser.NewPersonAsync($"Qing-{device}", host: true);
        var page = await SignedInTabAsync(host, device);

        await page.GotoAsync("/auth");
        var number = page.Locator("#view-id-number");
        await Expect(number).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{4}\*{10}\d{3}[\dX]$"));
        var layout = await number.EvaluateAsync<double[]>("""
            element => {
              const range = document.createRange();
              range.selectNodeContents(element);
              const lines = new Set([...range.getClientRects()].map(rect => Math.round(rect.top))).size;
              const box = element.parentElement.getBoundingClientRect();
              return [lines, range.getBoundingClientRect().right - box.right, element.getBoundingClientRect().height, parseFloat(getComputedStyle(element).fontSize)];
            }
            """);
        layout[0].Should().Be(1, "the number is one line");
        layout[1].Should().BeLessThanOrEqualTo(0, "the number stays inside its box");
        layout[2].Should().BeLessThan(layout[3] * 2, "the element is one line high");
    }

    private async Task<IPage> SignedInTabAsync(Person person, string device)
    {
        var tab = await browser.OpenTabAsync(device == "phone" ? PageSteps.Phone : PageSteps.Desktop);
        await tab.Page.SignInAsync(person.Profile.Phone);
        return tab.Page;
    }
}

using System.Net;
using System.Net.Http.Json;
using HomeRental.Api.Data;
using HomeRental.Api.Houses;
using HomeRental.Api.Tests.Calendars;
using HomeRental.Api.Tests.Orders;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Houses;

/// <summary>
/// On one instance, the very next search or house page after a write has answered shows the write: the write's own
/// instance takes it into its availability index before answering. Nothing here polls; every read is the first after the write.
/// </summary>
public sealed class ReadYourWritesTests : IAsyncLifetime
{
    private readonly ClockedHomeRentalFactory factory = new();
    private HttpClient reader = null!;
    private Person host = null!;
    private Person guest = null!;
    private int houseId;

    private DateOnly Today => factory.Clock.Today;

    private DateOnly CheckIn => Today.AddDays(3);

    private DateOnly CheckOut => Today.AddDays(5);

    /// <summary>The search of <see cref="houseId"/>'s district for the nights the tests book, block or import.</summary>
    private string Stay => $"districtId=1&{HouseSteps.Stay(CheckIn, CheckOut)}";

    public async Task InitializeAsync()
    {
        reader = factory.CreateApiClient();
        host = await factory.NewPersonAsync();
        guest = await factory.NewPersonAsync();
        houseId = await factory.AddHouseAsync(host);
        (await reader.SearchAsync(Stay)).Ids().Should().Equal([houseId], "the nights are free to begin with");
    }

    [Fact]
    public async Task A_booking_takes_the_house_out_of_the_dated_search_at_once()
    {
        await guest.PlaceOrderAsync(houseId, CheckIn, CheckOut);

        (await reader.SearchAsync(Stay)).Ids().Should().BeEmpty();
        (await reader.SearchAsync("districtId=1")).Ids().Should().Equal(houseId);
    }

    [Fact]
    public async Task A_host_block_takes_the_nights_at_once_and_its_removal_frees_them_at_once()
    {
        var block = await host.Client.PlaceBlockAsync(houseId, CheckIn, CheckOut);
        (await reader.SearchAsync(Stay)).Ids().Should().BeEmpty("the block holds the nights");

        (await host.Client.UnblockAsync(houseId, block.Id)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await reader.SearchAsync(Stay)).Ids().Should().Equal(houseId);
    }

    [Fact]
    public async Task Removing_an_iCal_import_frees_its_nights_at_once()
    {
        var importId = await factory.ChangeDbAsync(async db =>
        {
            var import = new CalendarImport { HouseId = houseId, Name = "Other site", Url = "https://calendar.example/a.ics", CreatedAt = DateTime.UtcNow };
            import.Events.Add(new CalendarBlock { HouseId = houseId, CheckIn = CheckIn, CheckOut = CheckOut, CreatedAt = DateTime.UtcNow });
            db.CalendarImports.Add(import);
            await db.SaveChangesAsync();
            return import.Id;
        });
        (await reader.SearchAsync(Stay)).Ids().Should().BeEmpty("the imported event holds the nights");

        (await host.Client.RemoveImportAsync(houseId, importId)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await reader.SearchAsync(Stay)).Ids().Should().Equal(houseId);
    }

    [Fact]
    public async Task Deleting_the_only_image_takes_the_house_out_of_search_and_featured_at_once()
    {
        var (owner, _) = await factory.RegisterHostAsync();
        var house = await owner.CreateHouseAsync();
        var image = await (await owner.UploadHouseImageAsync(house.Id, HouseSteps.TinyPng)).ReadJsonAsync<HouseImageResponse>(HttpStatusCode.Created);
        (await reader.SearchAsync("districtId=3")).Ids().Should().Equal(house.Id);
        (await FeaturedAsync()).Select(featured => featured.Id).Should().Contain(house.Id);

        (await owner.DeleteAsync($"/api/v1.0/houses/{house.Id}/images/{image.Id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await reader.SearchAsync("districtId=3")).Ids().Should().BeEmpty("a home without a photo is not listed");
        (await FeaturedAsync()).Select(featured => featured.Id).Should().NotContain(house.Id);
        (await reader.GetHouseAsync(house.Id)).Should().BeEquivalentTo(new { CoverImageUrl = (string?)null, Images = Array.Empty<HouseImageResponse>() });
    }

    [Fact]
    public async Task A_new_cover_shows_at_once_in_search_featured_and_the_page()
    {
        var (owner, _) = await factory.RegisterHostAsync();
        var house = await owner.CreateHouseAsync();
        await owner.UploadHouseImageAsync(house.Id, HouseSteps.TinyPng);
        var second = await (await owner.UploadHouseImageAsync(house.Id, HouseSteps.TinyPng)).ReadJsonAsync<HouseImageResponse>(HttpStatusCode.Created);
        await reader.ReadEverythingCachedAsync(house.Id);
        (await reader.SearchAsync("districtId=3")).Items.Single().CoverImageUrl.Should().NotBe(second.Url, "the first image is the cover");

        (await owner.PutAsJsonAsync($"/api/v1.0/houses/{house.Id}/cover", new { imageId = second.Id })).StatusCode.Should().Be(HttpStatusCode.OK);

        (await reader.SearchAsync("districtId=3")).Items.Single().CoverImageUrl.Should().Be(second.Url);
        (await FeaturedAsync()).Single(featured => featured.Id == house.Id).CoverImageUrl.Should().Be(second.Url);
        (await reader.GetHouseAsync(house.Id)).CoverImageUrl.Should().Be(second.Url);
    }

    [Fact]
    public async Task The_host_s_new_username_and_avatar_show_at_once_in_the_search_summary()
    {
        (await reader.SearchAsync(Stay)).Items.Single().Owner.Username.Should().Be(host.Profile.Username);

        (await host.Client.PatchAsJsonAsync("/api/v1.0/users/me", new { username = "renamed-host" })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await reader.SearchAsync(Stay)).Items.Single().Owner.Username.Should().Be("renamed-host");

        var avatar = await (await host.Client.UploadAvatarAsync(HouseSteps.TinyPng)).ReadJsonAsync<AvatarBody>();
        (await reader.SearchAsync(Stay)).Items.Single().Owner.Should().Be(new ListingOwner("renamed-host", avatar.AvatarUrl));
    }

    [Fact]
    public async Task A_guest_s_new_username_shows_at_once_on_the_page_of_a_house_they_reviewed()
    {
        var order = await guest.PlaceOrderAsync(houseId, CheckIn, CheckOut);
        await host.Client.AcceptAsync(order.Id);
        await guest.Client.PayAsync(order.Id);
        factory.Clock.Advance(TimeSpan.FromDays(6));
        (await guest.Client.ReviewAsync(order.Id, "Lovely stay.")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await reader.GetHouseAsync(houseId)).Reviews.Single().Username.Should().Be(guest.Profile.Username);

        (await guest.Client.PatchAsJsonAsync("/api/v1.0/users/me", new { username = "renamed-guest" })).StatusCode.Should().Be(HttpStatusCode.OK);

        (await reader.GetHouseAsync(houseId)).Reviews.Single().Username.Should().Be("renamed-guest", "the page shows the reviewer's name as it is now");
    }

    [Fact]
    public async Task A_rejected_request_frees_the_nights_at_once_an_accepted_one_holds_them_and_its_cancellation_frees_them_at_once()
    {
        var refused = await guest.PlaceOrderAsync(houseId, CheckIn, CheckOut);
        (await reader.SearchAsync(Stay)).Ids().Should().BeEmpty("a request holds the nights");

        (await host.Client.DecideAsync(refused.Id, "reject", "Closed that week.")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await reader.SearchAsync(Stay)).Ids().Should().Equal([houseId], "the rejected request no longer holds the nights");

        var order = await guest.PlaceOrderAsync(houseId, CheckIn, CheckOut);
        (await reader.SearchAsync(Stay)).Ids().Should().BeEmpty();
        (await host.Client.AcceptAsync(order.Id)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await reader.SearchAsync(Stay)).Ids().Should().BeEmpty("an accepted order holds the nights");

        (await guest.Client.CancelAsync(order.Id)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await reader.SearchAsync(Stay)).Ids().Should().Equal([houseId], "the cancelled order no longer holds the nights");
    }

    [Fact]
    public async Task A_request_that_lapses_frees_the_nights_in_the_dated_search_the_moment_it_is_due()
    {
        var order = await guest.PlaceOrderAsync(houseId, CheckIn, CheckOut);
        factory.Clock.Advance(order.ExpiresAt!.Value - order.CreatedAt - TimeSpan.FromSeconds(1));
        (await reader.SearchAsync(Stay)).Ids().Should().BeEmpty("a second before it is due the request still holds the nights");

        factory.Clock.Advance(TimeSpan.FromSeconds(1));

        (await reader.SearchAsync(Stay)).Ids().Should().Equal([houseId], "the lapsed request no longer holds the nights, before any sweep");
    }

    private async Task<List<FeaturedHouse>> FeaturedAsync() => (await reader.GetFromJsonAsync<List<FeaturedHouse>>("/api/v1.0/houses/featured"))!;

    public Task DisposeAsync() => factory.DisposeAsync().AsTask();
}

using System.Net;
using System.Net.Http.Json;
using HomeRental.Api.Houses;
using HomeRental.Api.Tests.Orders;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Houses;

/// <summary>
/// No write leaves a stale house read behind once it has answered: each test first reads (filling the index and the
/// house page cache), then writes, then reads again. <see cref="HouseReadsFromMemoryTests"/> shows that the reads come from memory.
/// </summary>
public abstract class HouseReadFreshnessTests(ClockedHomeRentalFactory factory) : IDisposable
{
    public sealed class WithEmbeddedStore() : HouseReadFreshnessTests(new ClockedHomeRentalFactory());

    public sealed class WithRedis() : HouseReadFreshnessTests(new ClockedHomeRentalFactory(RedisServer.Shared.Configuration));

    private readonly HttpClient reader = factory.CreateApiClient();

    [Fact]
    public async Task A_new_house_is_found_as_soon_as_it_has_a_photo()
    {
        var (host, _) = await factory.RegisterHostAsync();
        var first = await host.CreateHouseAsync();
        (await host.UploadHouseImageAsync(first.Id, HouseSteps.TinyPng)).StatusCode.Should().Be(HttpStatusCode.Created);
        (await reader.SearchAsync("districtId=3")).Ids().Should().Equal(first.Id);
        (await reader.SearchAsync("")).TotalCount.Should().Be(1);

        var second = await host.CreateHouseAsync();

        (await reader.SearchAsync("districtId=3")).Ids().Should().Equal([first.Id], "a home without a photo is not listed");
        (await host.UploadHouseImageAsync(second.Id, HouseSteps.TinyPng)).StatusCode.Should().Be(HttpStatusCode.Created);
        (await reader.SearchAsync("districtId=3")).Ids().Should().Equal(second.Id, first.Id);
        (await reader.SearchAsync("")).TotalCount.Should().Be(2);
    }

    [Fact]
    public async Task An_edit_shows_at_once_in_the_detail_the_search_and_the_featured_list()
    {
        var (host, _) = await factory.RegisterHostAsync();
        var house = await host.CreateHouseAsync();
        await host.UploadHouseImageAsync(house.Id, HouseSteps.TinyPng);
        var stay = HouseSteps.Stay(factory.Clock.Today.AddDays(1), factory.Clock.Today.AddDays(3));
        await reader.ReadEverythingCachedAsync(house.Id);
        (await reader.SearchAsync($"districtId=3&{stay}")).Ids().Should().Equal(house.Id);

        (await host.PatchAsJsonAsync($"/api/v1.0/houses/{house.Id}", new { title = "Renamed", minNights = 3 })).EnsureSuccessStatusCode();

        (await reader.GetHouseAsync(house.Id)).Title.Should().Be("Renamed");
        (await reader.SearchAsync("districtId=3")).Items.Single().Title.Should().Be("Renamed");
        (await reader.SearchAsync($"districtId=3&{stay}")).Ids().Should().BeEmpty("two nights are now too short");
        (await reader.GetFromJsonAsync<List<FeaturedHouse>>("/api/v1.0/houses/featured"))!.Single().Title.Should().Be("Renamed");
    }

    [Fact]
    public async Task A_new_image_shows_at_once_as_the_cover_and_in_the_detail()
    {
        var (host, _) = await factory.RegisterHostAsync();
        var house = await host.CreateHouseAsync();
        await reader.ReadEverythingCachedAsync(house.Id);
        (await reader.GetFromJsonAsync<List<FeaturedHouse>>("/api/v1.0/houses/featured")).Should().BeEmpty();

        var image = await (await host.UploadHouseImageAsync(house.Id, HouseSteps.TinyPng)).ReadJsonAsync<HouseImageResponse>(HttpStatusCode.Created);

        (await reader.GetHouseAsync(house.Id)).Should().BeEquivalentTo(new { CoverImageUrl = image.Url, Images = new[] { image } });
        (await reader.SearchAsync("districtId=3")).Items.Single().CoverImageUrl.Should().Be(image.Url);
        (await reader.GetFromJsonAsync<List<FeaturedHouse>>("/api/v1.0/houses/featured"))!.Single().CoverImageUrl.Should().Be(image.Url);
    }

    [Fact]
    public async Task Order_changes_show_at_once_in_the_availability_the_reviews_and_the_booking_count()
    {
        var host = await factory.NewPersonAsync();
        var guest = await factory.NewPersonAsync();
        var houseId = await factory.AddHouseAsync(host);
        var checkIn = factory.Clock.Today.AddDays(1);
        var stay = $"districtId=1&{HouseSteps.Stay(checkIn, checkIn.AddDays(2))}";
        var refused = await guest.PlaceOrderAsync(houseId, checkIn, checkIn.AddDays(2));
        (await reader.SearchAsync(stay)).Ids().Should().BeEmpty();

        (await host.Client.DecideAsync(refused.Id, "reject", "Closed that week.")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await reader.SearchAsync(stay)).Ids().Should().Equal(houseId);

        var stayed = await guest.PlaceOrderAsync(houseId, checkIn, checkIn.AddDays(2));
        (await host.Client.AcceptAsync(stayed.Id)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await reader.SearchAsync(stay)).Ids().Should().BeEmpty("an unpaid order holds the nights");
        (await reader.GetHouseAsync(houseId)).BookingCount.Should().Be(0);
        (await reader.SearchAsync("districtId=1&sort=bookings")).Items.Single().BookingCount.Should().Be(0);

        (await guest.Client.PayAsync(stayed.Id)).StatusCode.Should().Be(HttpStatusCode.OK);

        (await reader.GetHouseAsync(houseId)).BookingCount.Should().Be(1);
        (await reader.SearchAsync("districtId=1&sort=bookings")).Items.Single().BookingCount.Should().Be(1);

        factory.Clock.Advance(TimeSpan.FromDays(3));
        (await reader.GetHouseAsync(houseId)).Reviews.Should().BeEmpty();
        (await guest.Client.ReviewAsync(stayed.Id, "Lovely stay.")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await reader.GetHouseAsync(houseId)).Reviews.Select(review => review.Comment).Should().Equal("Lovely stay.");
    }

    public void Dispose() => factory.Dispose();
}

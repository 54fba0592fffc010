using System.Net;
using System.Net.Http.Json;
using HomeRental.Api.Data;
using HomeRental.Api.Houses;
using HomeRental.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Tests.Houses;

/// <summary>
/// No write leaves a stale house read behind once it has answered: each test first reads (filling the cache), then
/// writes, then reads again. <see cref="HouseCacheProofTests"/> shows that the reads are really cached.
/// </summary>
public abstract class HouseCacheTests(HomeRentalFactory factory) : IDisposable
{
    public sealed class WithEmbeddedStore() : HouseCacheTests(new HomeRentalFactory());

    public sealed class WithRedis() : HouseCacheTests(new HomeRentalFactory(RedisServer.Shared.Configuration));

    private readonly HttpClient reader = factory.CreateApiClient();

    [Fact]
    public async Task A_new_house_is_found_at_once()
    {
        var (host, _) = await factory.RegisterHostAsync();
        var first = await host.CreateHouseAsync();
        (await reader.SearchAsync("districtId=3")).Ids().Should().Equal(first.Id);
        (await reader.SearchAsync("")).TotalCount.Should().Be(1);

        var second = await host.CreateHouseAsync();

        (await reader.SearchAsync("districtId=3")).Ids().Should().Equal(second.Id, first.Id);
        (await reader.SearchAsync("")).TotalCount.Should().Be(2);
    }

    [Fact]
    public async Task An_edit_shows_at_once_in_the_detail_the_search_and_the_featured_list()
    {
        var (host, _) = await factory.RegisterHostAsync();
        var house = await host.CreateHouseAsync();
        await host.UploadHouseImageAsync(house.Id, HouseSteps.TinyPng);
        var stay = HouseSteps.Stay(HouseSteps.Today.AddDays(1), HouseSteps.Today.AddDays(3));
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
    public async Task An_order_status_change_shows_at_once_in_the_availability_the_reviews_and_the_booking_count()
    {
        var ids = await factory.InsertHousesAsync(new HouseSeed(DistrictId: 6));
        var checkIn = HouseSteps.Today.AddDays(5);
        var stay = $"districtId=6&{HouseSteps.Stay(checkIn, checkIn.AddDays(2))}";
        var orderId = await factory.InsertOrderAsync(ids[0], checkIn, checkIn.AddDays(2), OrderStatus.Pending);
        (await reader.SearchAsync(stay)).Ids().Should().BeEmpty();

        // What the order endpoints do: change the order, then bump the version before answering.
        await ChangeOrderAsync(orderId, order => order.Status = OrderStatus.Rejected);
        await factory.HouseReadsChangedAsync();

        (await reader.SearchAsync(stay)).Ids().Should().Equal(ids);

        var pastId = await factory.InsertOrderAsync(ids[0], HouseSteps.Today.AddDays(-9), HouseSteps.Today.AddDays(-7), OrderStatus.ReviewPending);
        (await reader.GetHouseAsync(ids[0])).Reviews.Should().BeEmpty();
        await ChangeOrderAsync(pastId, order =>
        {
            order.Status = OrderStatus.Completed;
            order.Comment = "Lovely stay.";
        });
        await factory.WithDbAsync(async db =>
        {
            (await db.Houses.SingleAsync(house => house.Id == ids[0])).BookingCount = 1;
            return await db.SaveChangesAsync();
        });
        await factory.HouseReadsChangedAsync();

        var detail = await reader.GetHouseAsync(ids[0]);
        detail.Reviews.Select(review => review.Comment).Should().Equal("Lovely stay.");
        detail.BookingCount.Should().Be(1);
        (await reader.SearchAsync("districtId=6&sort=bookings")).Items.Single().BookingCount.Should().Be(1);
    }

    private Task ChangeOrderAsync(int orderId, Action<Order> change) =>
        factory.WithDbAsync(async db =>
        {
            change(await db.Orders.SingleAsync(order => order.Id == orderId));
            return await db.SaveChangesAsync();
        });

    public void Dispose() => factory.Dispose();
}

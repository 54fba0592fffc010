using System.Net;
using System.Net.Http.Json;
using HomeRental.Api.Data;
using HomeRental.Api.Houses;
using HomeRental.Api.Infrastructure.Paging;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Houses;

public sealed class HouseReadingTests : IDisposable
{
    private readonly ClockedHomeRentalFactory factory = new();
    private readonly HttpClient client;

    public HouseReadingTests() => client = factory.CreateApiClient();

    [Fact]
    public async Task Reviews_are_the_comments_of_completed_orders_newest_first_at_most_30()
    {
        var (houseId, otherHouseId) = await TwoHousesAsync();
        var guest = await factory.InsertUserAsync("reviewer");
        var past = factory.Clock.Today.AddDays(-400);
        // One at a time, so that each is completed (stamped) after the one before.
        for (var i = 0; i < 32; i++)
        {
            await factory.InsertOrderAsync(houseId, past.AddDays(i * 3), past.AddDays(i * 3 + 2), OrderStatus.Completed, $"review {i}", guest.Id);
        }
        await factory.InsertOrderAsync(houseId, past.AddDays(200), past.AddDays(202), OrderStatus.Completed, comment: null);
        await factory.InsertOrderAsync(houseId, past.AddDays(210), past.AddDays(212), OrderStatus.Rejected, "Sorry, not then.");
        await factory.InsertOrderAsync(houseId, past.AddDays(220), past.AddDays(222), OrderStatus.ReviewPending);
        await factory.InsertOrderAsync(otherHouseId, past.AddDays(230), past.AddDays(232), OrderStatus.Completed, "other house");

        var detail = await client.GetHouseAsync(houseId);

        detail.Reviews.Select(review => review.Comment).Should().Equal(Enumerable.Range(2, 30).Reverse().Select(i => $"review {i}"));
        detail.Reviews.Should().OnlyContain(review => review.Username == "reviewer");
        detail.Reviews.Select(review => review.CreatedAt).Should().BeInDescendingOrder();
        detail.Reviews[0].CreatedAt.Kind.Should().Be(DateTimeKind.Utc);
    }

    [Fact]
    public async Task An_unknown_house_is_404_and_a_malformed_id_400()
    {
        var unknown = await client.GetAsync("/api/v1.0/houses/424242");
        var malformed = await client.GetAsync("/api/v1.0/houses/abc");

        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound, "house_not_found");
        var problem = await malformed.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        problem.GetProperty("errors").TryGetProperty("id", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Featured_houses_are_the_5_most_booked_with_a_cover_ties_by_id_descending()
    {
        var ids = await factory.InsertHousesAsync(
            new HouseSeed(BookingCount: 9, CoverImageUrl: "/uploads/houses/a.png"),
            new HouseSeed(BookingCount: 50, CoverImageUrl: null),
            new HouseSeed(BookingCount: 3, CoverImageUrl: "/uploads/houses/c.png"),
            new HouseSeed(BookingCount: 9, CoverImageUrl: "/uploads/houses/d.png"),
            new HouseSeed(BookingCount: 0, CoverImageUrl: "/uploads/houses/e.png"),
            new HouseSeed(BookingCount: 12, CoverImageUrl: "/uploads/houses/f.png", PriceCents: 777),
            new HouseSeed(BookingCount: 1, CoverImageUrl: "/uploads/houses/g.png"));

        var featured = await (await client.GetAsync("/api/v1.0/houses/featured")).ReadJsonAsync<List<FeaturedHouse>>();

        featured.Select(house => house.Id).Should().Equal(ids[5], ids[3], ids[0], ids[2], ids[6]);
        featured[0].Should().Be(new FeaturedHouse(ids[5], "Test house", "/uploads/houses/f.png", 777));
    }

    [Fact]
    public async Task No_house_no_featured()
    {
        var featured = await (await client.GetAsync("/api/v1.0/houses/featured")).ReadJsonAsync<List<FeaturedHouse>>();

        featured.Should().BeEmpty();
    }

    [Fact]
    public async Task My_houses_are_mine_only_newest_first_in_pages()
    {
        var (host, _) = await factory.RegisterHostAsync();
        var mine = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            mine.Add((await host.CreateHouseAsync()).Id);
        }
        var (other, _) = await factory.RegisterHostAsync();
        await other.CreateHouseAsync();

        var first = await (await host.GetAsync("/api/v1.0/users/me/houses?pageSize=2")).ReadJsonAsync<PagedList<HouseSummary>>();
        var second = await (await host.GetAsync("/api/v1.0/users/me/houses?page=2&pageSize=2")).ReadJsonAsync<PagedList<HouseSummary>>();
        var beyond = await (await host.GetAsync("/api/v1.0/users/me/houses?page=3&pageSize=2")).ReadJsonAsync<PagedList<HouseSummary>>();

        first.Should().BeEquivalentTo(new { Page = 1, PageSize = 2, TotalCount = 3, TotalPages = 2 });
        first.Ids().Concat(second.Ids()).Should().Equal(mine[2], mine[1], mine[0]);
        beyond.Should().BeEquivalentTo(new { Items = Array.Empty<HouseSummary>(), Page = 3, TotalCount = 3, TotalPages = 2 });
        first.Items[0].Owner.Username.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task My_houses_need_a_session_and_valid_paging()
    {
        var (host, _) = await factory.RegisterHostAsync();

        var anonymous = await client.GetAsync("/api/v1.0/users/me/houses");
        var badSize = await host.GetAsync("/api/v1.0/users/me/houses?pageSize=51");

        await anonymous.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "not_signed_in");
        var problem = await badSize.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        problem.GetProperty("errors").TryGetProperty("pageSize", out _).Should().BeTrue();
        (await host.GetFromJsonAsync<PagedList<HouseSummary>>("/api/v1.0/users/me/houses")).Should()
            .BeEquivalentTo(new { Items = Array.Empty<HouseSummary>(), Page = 1, PageSize = 10, TotalCount = 0, TotalPages = 0 });
    }

    private async Task<(int, int)> TwoHousesAsync()
    {
        var ids = await factory.InsertHousesAsync(new HouseSeed(), new HouseSeed());
        return (ids[0], ids[1]);
    }

    public void Dispose() => factory.Dispose();
}

using System.Net;
using HomeRental.Api.Data;
using HomeRental.Api.Houses;
using HomeRental.Api.Orders;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Houses;

public sealed class HouseSearchTests : IDisposable
{
    private static readonly DateTime Monday = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);

    private readonly ClockedHomeRentalFactory factory = new();
    private readonly HttpClient client;

    public HouseSearchTests() => client = factory.CreateApiClient();

    // Ties on every sort key: equal creation times, booking counts and prices.
    private static readonly HouseSeed[] Seeds =
    [
        new(DistrictId: 2, PriceCents: 300, BookingCount: 5, CreatedAt: Monday),
        new(DistrictId: 2, PriceCents: 100, BookingCount: 0, CreatedAt: Monday.AddDays(2)),
        new(DistrictId: 2, PriceCents: 200, BookingCount: 5, CreatedAt: Monday),
        new(DistrictId: 2, PriceCents: 100, BookingCount: 2, CreatedAt: Monday.AddDays(1)),
        new(DistrictId: 2, PriceCents: 300, BookingCount: 0, CreatedAt: Monday.AddDays(2)),
        new(DistrictId: 2, PriceCents: 250, BookingCount: 7, CreatedAt: Monday.AddDays(-1)),
        new(DistrictId: 5, PriceCents: 50, BookingCount: 99, CreatedAt: Monday.AddDays(9)),
    ];

    [Theory]
    [InlineData(null)]
    [InlineData("new")]
    [InlineData("bookings")]
    [InlineData("price-asc")]
    [InlineData("price-desc")]
    public async Task Each_sort_orders_the_district_totally_with_ties_by_id_in_the_same_direction(string? sort)
    {
        var ids = await factory.InsertHousesAsync(Seeds);
        var houses = ids.Zip(Seeds, (id, seed) => (Id: id, Seed: seed)).Where(house => house.Seed.DistrictId == 2).ToList();
        var expected = (sort switch
        {
            "bookings" => houses.OrderByDescending(house => house.Seed.BookingCount).ThenByDescending(house => house.Id),
            "price-asc" => houses.OrderBy(house => house.Seed.PriceCents).ThenBy(house => house.Id),
            "price-desc" => houses.OrderByDescending(house => house.Seed.PriceCents).ThenByDescending(house => house.Id),
            _ => houses.OrderByDescending(house => house.Seed.CreatedAt).ThenByDescending(house => house.Id),
        }).Select(house => house.Id).ToList();

        var page = await client.SearchAsync($"districtId=2{(sort is null ? "" : $"&sort={sort}")}");

        page.Ids().Should().Equal(expected);
        page.Should().BeEquivalentTo(new { Page = 1, PageSize = 10, TotalCount = 6, TotalPages = 1 });
    }

    [Fact]
    public async Task Paging_through_a_sort_gives_every_house_once_in_order()
    {
        var ids = await factory.InsertHousesAsync(Seeds);

        var pages = new List<int>();
        for (var number = 1; number <= 4; number++)
        {
            pages.AddRange((await client.SearchAsync($"sort=price-asc&pageSize=2&page={number}")).Ids());
        }
        var whole = await client.SearchAsync("sort=price-asc&pageSize=50");

        pages.Should().Equal(whole.Ids()).And.BeEquivalentTo(ids);
    }

    [Fact]
    public async Task Paging_edges_the_last_page_a_page_beyond_the_end_and_an_empty_result()
    {
        await factory.InsertHousesAsync(Enumerable.Range(0, 23).Select(_ => new HouseSeed(DistrictId: 4)).ToArray());

        var first = await client.SearchAsync("districtId=4");
        var last = await client.SearchAsync("districtId=4&page=3");
        var beyond = await client.SearchAsync("districtId=4&page=4");
        var farBeyond = await client.SearchAsync($"districtId=4&page={int.MaxValue}&pageSize=50");
        var whole = await client.SearchAsync("districtId=4&pageSize=50");
        var smallest = await client.SearchAsync("districtId=4&pageSize=1&page=23");
        var none = await client.SearchAsync("districtId=6");

        first.Should().BeEquivalentTo(new { Page = 1, PageSize = 10, TotalCount = 23, TotalPages = 3 });
        first.Items.Should().HaveCount(10);
        last.Items.Should().HaveCount(3);
        last.Should().BeEquivalentTo(new { Page = 3, TotalCount = 23, TotalPages = 3 });
        beyond.Should().BeEquivalentTo(new { Items = Array.Empty<HouseSummary>(), Page = 4, PageSize = 10, TotalCount = 23, TotalPages = 3 });
        farBeyond.Should().BeEquivalentTo(new { Items = Array.Empty<HouseSummary>(), Page = int.MaxValue, PageSize = 50, TotalCount = 23, TotalPages = 1 });
        whole.Items.Should().HaveCount(23);
        smallest.Should().BeEquivalentTo(new { PageSize = 1, TotalCount = 23, TotalPages = 23 });
        smallest.Items.Should().ContainSingle();
        none.Should().BeEquivalentTo(new { Items = Array.Empty<HouseSummary>(), Page = 1, PageSize = 10, TotalCount = 0, TotalPages = 0 });
    }

    [Fact]
    public async Task A_result_shows_the_summary_of_the_contract()
    {
        var (host, profile) = await factory.RegisterHostAsync();
        var house = await host.CreateHouseAsync();
        var image = await (await host.UploadHouseImageAsync(house.Id, HouseSteps.TinyPng)).ReadJsonAsync<HouseImageResponse>(HttpStatusCode.Created);

        var found = (await client.SearchAsync("districtId=3")).Items.Single();

        found.Should().Be(new HouseSummary(house.Id, house.Title, house.PriceCents, house.Address, image.Url, house.District,
            house.RoomCount, house.MaxGuests, 0, new ListingOwner(profile.Username, null)));
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=-3", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("page=", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=51", "pageSize")]
    [InlineData("pageSize=ten", "pageSize")]
    [InlineData("sort=cheapest", "sort")]
    [InlineData("sort=", "sort")]
    [InlineData("sort=NEW", "sort")]
    [InlineData("districtId=two", "districtId")]
    [InlineData("checkIn=2099-01-01", "checkOut")]
    [InlineData("checkOut=2099-01-01", "checkIn")]
    [InlineData("checkIn=2099-13-01&checkOut=2099-01-02", "checkIn")]
    [InlineData("checkIn=2099-1-1&checkOut=2099-01-02", "checkIn")]
    [InlineData("checkIn=01/02/2099&checkOut=2099-01-03", "checkIn")]
    [InlineData("checkIn=2099-01-01&checkOut=tomorrow", "checkOut")]
    [InlineData("checkIn=2099-01-05&checkOut=2099-01-05", "checkOut")]
    [InlineData("checkIn=2099-01-05&checkOut=2099-01-04", "checkOut")]
    [InlineData("checkIn=2000-01-01&checkOut=2000-01-04", "checkIn")]
    public async Task A_bad_query_parameter_is_a_validation_problem_naming_it(string query, string field)
    {
        var response = await client.GetAsync($"/api/v1.0/houses?{query}");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        problem.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue(problem.ToString());
    }

    [Fact]
    public async Task Check_in_may_be_today_but_not_yesterday()
    {
        var today = await client.GetAsync($"/api/v1.0/houses?{HouseSteps.Stay(factory.Clock.Today, factory.Clock.Today.AddDays(1))}");
        var yesterday = await client.GetAsync($"/api/v1.0/houses?{HouseSteps.Stay(factory.Clock.Today.AddDays(-1), factory.Clock.Today.AddDays(1))}");

        today.StatusCode.Should().Be(HttpStatusCode.OK);
        await yesterday.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Only_houses_free_for_every_night_of_the_stay_are_found()
    {
        var checkIn = factory.Clock.Today.AddDays(30);
        var checkOut = checkIn.AddDays(4);
        var ids = await factory.InsertHousesAsync(Enumerable.Range(0, 9).Select(_ => new HouseSeed(DistrictId: 7)).ToArray());
        var free = new List<int> { ids[0] };
        await Booked(ids[1], -4, 0, free);   // ends on the check-in day
        await Booked(ids[2], 4, 7, free);    // starts on the check-out day
        await Booked(ids[3], -10, -5, free); // long before
        await Booked(ids[4], 1, 3);          // inside the stay
        await Booked(ids[5], -2, 6);         // covers the whole stay
        await Booked(ids[6], -2, 1);         // overlaps the first night
        await Booked(ids[7], 3, 9);          // overlaps the last night
        await Booked(ids[8], 0, 4);          // the very same nights

        var found = await client.SearchAsync($"districtId=7&{HouseSteps.Stay(checkIn, checkOut)}&pageSize=50");

        found.Ids().Should().BeEquivalentTo(free);
        found.TotalCount.Should().Be(free.Count);

        async Task Booked(int houseId, int fromDay, int toDay, List<int>? stillFree = null)
        {
            await factory.InsertOrderAsync(houseId, checkIn.AddDays(fromDay), checkIn.AddDays(toDay), OrderStatus.Paid);
            stillFree?.Add(houseId);
        }
    }

    // Every status, so that the search's own list of statuses cannot drift from the order life cycle's.
    public static TheoryData<OrderStatus> EveryStatus() => new(Enum.GetValues<OrderStatus>());

    [Theory]
    [MemberData(nameof(EveryStatus))]
    public async Task Only_orders_in_a_status_that_holds_nights_block_a_stay(OrderStatus status)
    {
        var stillFree = !NightsHeld.Statuses.Contains(status);
        var checkIn = factory.Clock.Today.AddDays(10);
        var ids = await factory.InsertHousesAsync(new HouseSeed(DistrictId: 8));
        await factory.InsertOrderAsync(ids[0], checkIn.AddDays(-1), checkIn.AddDays(5), status);

        var found = await client.SearchAsync($"districtId=8&{HouseSteps.Stay(checkIn, checkIn.AddDays(2))}");

        found.TotalCount.Should().Be(stillFree ? 1 : 0);
        found.Ids().Should().Equal(stillFree ? ids : []);
    }

    [Theory]
    [InlineData(2, 3, 0, false)]
    [InlineData(3, 3, 0, true)]
    [InlineData(30, 3, 0, true)]
    [InlineData(5, 1, 5, true)]
    [InlineData(6, 1, 5, false)]
    [InlineData(4, 4, 4, true)]
    public async Task The_stay_must_fit_the_house_night_limits(int nights, int minNights, int maxNights, bool found)
    {
        var checkIn = factory.Clock.Today.AddDays(3);
        var ids = await factory.InsertHousesAsync(new HouseSeed(DistrictId: 9, MinNights: minNights, MaxNights: maxNights));

        var page = await client.SearchAsync($"districtId=9&{HouseSteps.Stay(checkIn, checkIn.AddDays(nights))}");

        page.Ids().Should().Equal(found ? ids : []);
        (await client.SearchAsync("districtId=9")).Ids().Should().Equal(ids, "without dates no night limit applies");
    }

    [Fact]
    public async Task With_dates_every_sort_and_page_counts_only_the_free_houses()
    {
        var checkIn = factory.Clock.Today.AddDays(60);
        var ids = await factory.InsertHousesAsync(Enumerable.Range(0, 12)
            .Select(i => new HouseSeed(DistrictId: 10, PriceCents: 1000 - i * 10, BookingCount: i % 3)).ToArray());
        foreach (var booked in ids.Where((_, index) => index % 4 == 0))
        {
            await factory.InsertOrderAsync(booked, checkIn, checkIn.AddDays(2), OrderStatus.Unpaid);
        }
        var free = ids.Where((_, index) => index % 4 != 0).ToList();

        foreach (var sort in new[] { "new", "bookings", "price-asc", "price-desc" })
        {
            var first = await client.SearchAsync($"districtId=10&{HouseSteps.Stay(checkIn, checkIn.AddDays(1))}&sort={sort}&pageSize=5");
            var second = await client.SearchAsync($"districtId=10&{HouseSteps.Stay(checkIn, checkIn.AddDays(1))}&sort={sort}&pageSize=5&page=2");

            first.Should().BeEquivalentTo(new { TotalCount = free.Count, TotalPages = 2 });
            first.Ids().Concat(second.Ids()).Should().BeEquivalentTo(free);
        }
        (await client.SearchAsync($"districtId=10&{HouseSteps.Stay(checkIn, checkIn.AddDays(1))}&sort=price-asc")).Ids()
            .Should().Equal(free.AsEnumerable().Reverse().ToList(), "prices fall as ids grow");
    }

    public void Dispose() => factory.Dispose();
}

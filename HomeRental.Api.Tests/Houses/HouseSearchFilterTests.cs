using System.Net;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Houses;

/// <summary>Search narrowed by the number of guests and a price range, alone, together and with the other filters.</summary>
public sealed class HouseSearchFilterTests : IDisposable
{
    private readonly HomeRentalFactory factory = new();
    private readonly HttpClient client;

    public HouseSearchFilterTests() => client = factory.CreateApiClient();

    [Fact]
    public async Task Guests_and_a_price_range_narrow_the_search_with_bounds_included()
    {
        var ids = await factory.InsertHousesAsync(
            new HouseSeed(PriceCents: 10_000, MaxGuests: 2),
            new HouseSeed(PriceCents: 20_000, MaxGuests: 4),
            new HouseSeed(PriceCents: 30_000, MaxGuests: 6),
            new HouseSeed(PriceCents: 40_000, MaxGuests: 1),
            new HouseSeed(PriceCents: 20_000, MaxGuests: 8, DistrictId: 2),
            new HouseSeed(PriceCents: 20_000, MaxGuests: 8, CoverImageUrl: null));

        (await client.SearchAsync("guests=4&sort=price-asc")).Ids().Should().Equal(ids[1], ids[4], ids[2]);
        (await client.SearchAsync("minPriceCents=20000&maxPriceCents=30000&sort=price-asc")).Ids().Should().Equal(ids[1], ids[4], ids[2]);
        (await client.SearchAsync("minPriceCents=30000&sort=price-asc")).Ids().Should().Equal(ids[2], ids[3]);
        (await client.SearchAsync("maxPriceCents=10000")).Ids().Should().Equal(ids[0]);
        (await client.SearchAsync("guests=3&maxPriceCents=20000&districtId=1")).Ids().Should().Equal(ids[1]);
        (await client.SearchAsync("guests=7&minPriceCents=0&maxPriceCents=0")).TotalCount.Should().Be(0);
        (await client.SearchAsync("guests=8")).Ids().Should().Equal([ids[4]], "the home without a photo is not listed");
    }

    [Theory]
    [InlineData("guests=0", "guests")]
    [InlineData("guests=101", "guests")]
    [InlineData("guests=two", "guests")]
    [InlineData("minPriceCents=-1", "minPriceCents")]
    [InlineData("maxPriceCents=100000001", "maxPriceCents")]
    [InlineData("minPriceCents=500&maxPriceCents=499", "maxPriceCents")]
    public async Task A_filter_out_of_range_is_a_validation_problem_naming_it(string query, string field)
    {
        var problem = await (await client.GetAsync($"/api/v1.0/houses?{query}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        problem.GetProperty("errors").EnumerateObject().Select(error => error.Name).Should().Equal(field);
    }

    public void Dispose() => factory.Dispose();
}

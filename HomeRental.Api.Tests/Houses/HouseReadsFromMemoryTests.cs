using System.Net.Http.Json;
using HomeRental.Api.Houses;
using HomeRental.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Tests.Houses;

/// <summary>
/// The house reads really come from memory (the availability index and the house page cache): a database change that
/// records no house change stays unseen until one is recorded.
/// </summary>
public sealed class HouseReadsFromMemoryTests : IDisposable
{
    private readonly HomeRentalFactory factory = new();
    private readonly HttpClient reader;

    public HouseReadsFromMemoryTests() => reader = factory.CreateApiClient();

    [Fact]
    public async Task Reads_are_served_from_memory_until_a_change_is_recorded()
    {
        var ids = await factory.InsertHousesAsync(new HouseSeed(DistrictId: 2, Title: "Before", CoverImageUrl: "/uploads/houses/x.png"));
        await reader.ReadEverythingCachedAsync(ids[0]);

        await factory.WithDbAsync(async db =>
        {
            var house = await db.Houses.SingleAsync(house => house.Id == ids[0]);
            house.Title = "After";
            return await db.SaveChangesAsync();
        });

        (await reader.GetHouseAsync(ids[0])).Title.Should().Be("Before", "a change that records no house change stays unseen");
        (await reader.SearchAsync("districtId=2")).Items.Single().Title.Should().Be("Before");
        (await reader.GetFromJsonAsync<List<FeaturedHouse>>("/api/v1.0/houses/featured"))!.Single().Title.Should().Be("Before");

        await factory.HouseReadsChangedAsync();

        (await reader.GetHouseAsync(ids[0])).Title.Should().Be("After");
        (await reader.SearchAsync("districtId=2")).Items.Single().Title.Should().Be("After");
        (await reader.GetFromJsonAsync<List<FeaturedHouse>>("/api/v1.0/houses/featured"))!.Single().Title.Should().Be("After");
    }

    public void Dispose() => factory.Dispose();
}

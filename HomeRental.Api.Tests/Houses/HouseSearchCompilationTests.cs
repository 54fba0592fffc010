using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Houses;

/// <summary>EF Core compiles a search's queries once: another district or other dates only change parameters.</summary>
public sealed class HouseSearchCompilationTests : IDisposable
{
    private readonly HomeRentalFactory factory =
        new HomeRentalFactory().WithSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Query", "Debug");

    [Fact]
    public async Task Dated_searches_with_other_values_reuse_the_compiled_queries()
    {
        var client = factory.CreateApiClient();
        await factory.InsertHousesAsync(new HouseSeed(DistrictId: 2), new HouseSeed(DistrictId: 3));
        var checkIn = HouseSteps.Today.AddDays(3);
        await client.SearchAsync($"districtId=2&{HouseSteps.Stay(checkIn, checkIn.AddDays(2))}");
        var compiledAfterFirst = Compilations();

        await client.SearchAsync($"districtId=3&{HouseSteps.Stay(checkIn.AddDays(7), checkIn.AddDays(11))}");
        await client.SearchAsync($"districtId=2&{HouseSteps.Stay(checkIn.AddDays(1), checkIn.AddDays(4))}");

        compiledAfterFirst.Should().BePositive();
        Compilations().Should().Be(compiledAfterFirst);
    }

    private int Compilations() => factory.Logs.Entries.Count(entry => entry.Message.StartsWith("Compiling query expression", StringComparison.Ordinal));

    public void Dispose() => factory.Dispose();
}

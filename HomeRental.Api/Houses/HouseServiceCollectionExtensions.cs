using HomeRental.Api.Districts;

namespace HomeRental.Api.Houses;

public static class HouseServiceCollectionExtensions
{
    /// <summary>The in-memory caches of house reads and of the districts and amenities they refer to.</summary>
    public static IServiceCollection AddHouses(this IServiceCollection services) =>
        services.AddSingleton<HouseCache>().AddSingleton<ReferenceData>();
}

using HomeRental.Api.Districts;

namespace HomeRental.Api.Houses;

public static class HouseServiceCollectionExtensions
{
    /// <summary>
    /// The in-memory caches of house reads and of the districts and amenities they refer to, and the shared
    /// cache version that every write to what a house read shows (houses, images, orders) bumps.
    /// </summary>
    public static IServiceCollection AddHouses(this IServiceCollection services) =>
        services.AddSingleton<HouseCacheVersion>().AddSingleton<HouseCache>().AddSingleton<ReferenceData>();
}

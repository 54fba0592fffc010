using HomeRental.Api.Districts;
using HomeRental.Api.Houses.SearchIndex;

namespace HomeRental.Api.Houses;

public static class HouseServiceCollectionExtensions
{
    /// <summary>
    /// The availability index that answers searches, what keeps it current (the changes writes record and announce,
    /// and the background sync with other instances), the cache of house pages, and the districts and amenities.
    /// </summary>
    public static IServiceCollection AddHouses(this IServiceCollection services) =>
        services.AddSingleton<AvailabilityIndex>()
            .AddSingleton<HouseChanges>()
            .AddHostedService<AvailabilityIndexSync>()
            .AddSingleton<HouseDetailCache>()
            .AddSingleton<ReferenceData>();
}

using HomeRental.Api.Orders;

namespace HomeRental.Api.Houses.SearchIndex;

/// <summary>
/// What the index knows of one house: the fields search filters and sorts on, its taken nights, and the summary a
/// page of results shows. Immutable: a change of the house makes a new one, with a new <see cref="Generation"/>.
/// </summary>
public sealed class IndexedHouse(HouseSummary summary, DateTime createdAt, int minNights, int maxNights, NightRuns taken, long generation)
{
    public int Id { get; } = summary.Id;
    public int DistrictId { get; } = summary.District.Id;
    public long PriceCents { get; } = summary.PriceCents;
    public int MaxGuests { get; } = summary.MaxGuests;
    public int BookingCount { get; } = summary.BookingCount;
    public DateTime CreatedAt { get; } = createdAt;
    public int MinNights { get; } = minNights;
    public int MaxNights { get; } = maxNights;

    /// <summary>As <see cref="HouseSearch.Listed"/>: a home without a photo is not found until it has one.</summary>
    public bool Listed { get; } = summary.CoverImageUrl is not null;

    public NightRuns Taken { get; } = taken;
    public HouseSummary Summary { get; } = summary;

    /// <summary>Rises with every change the index takes, over all houses: a cached read of the house made under an older one is stale.</summary>
    public long Generation { get; } = generation;

    /// <summary>Whether a stay of <paramref name="nights"/> nights is within the house's limits, as the search's filter has it.</summary>
    public bool Allows(int nights) => MinNights <= nights && (MaxNights == StayRules.NoMaxNights || MaxNights >= nights);

    /// <summary>Whether search keeps the house in the same place of every order: its district and sort keys are unchanged.</summary>
    public bool SortsAs(IndexedHouse other) =>
        DistrictId == other.DistrictId && PriceCents == other.PriceCents && BookingCount == other.BookingCount && CreatedAt == other.CreatedAt;
}

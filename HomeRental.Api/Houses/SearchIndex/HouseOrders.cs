using System.Collections.Frozen;

namespace HomeRental.Api.Houses.SearchIndex;

/// <summary>
/// The orders of <see cref="HouseSort"/> over indexed houses, exactly as <see cref="HouseSearch.Sorted"/> has them in
/// the database. <see cref="HouseSort.PriceDesc"/> is <see cref="HouseSort.PriceAsc"/> read backwards.
/// </summary>
public static class HouseOrders
{
    /// <summary>The sorts kept as lists; the others are read from one of them.</summary>
    public static readonly IReadOnlyList<HouseSort> Kept = [HouseSort.New, HouseSort.Bookings, HouseSort.PriceAsc];

    private static readonly FrozenDictionary<HouseSort, int> Slots = Kept.Index().ToFrozenDictionary(kept => kept.Item, kept => kept.Index);

    public static readonly IComparer<IndexedHouse> Newest = Comparer<IndexedHouse>.Create((one, other) =>
        one.CreatedAt != other.CreatedAt ? other.CreatedAt.CompareTo(one.CreatedAt) : other.Id.CompareTo(one.Id));

    public static readonly IComparer<IndexedHouse> MostBooked = Comparer<IndexedHouse>.Create((one, other) =>
        one.BookingCount != other.BookingCount ? other.BookingCount.CompareTo(one.BookingCount) : other.Id.CompareTo(one.Id));

    public static readonly IComparer<IndexedHouse> Cheapest = Comparer<IndexedHouse>.Create((one, other) =>
        one.PriceCents != other.PriceCents ? one.PriceCents.CompareTo(other.PriceCents) : one.Id.CompareTo(other.Id));

    public static IComparer<IndexedHouse> Of(HouseSort kept) => kept switch
    {
        HouseSort.New => Newest,
        HouseSort.Bookings => MostBooked,
        HouseSort.PriceAsc => Cheapest,
        _ => throw new ArgumentOutOfRangeException(nameof(kept), kept, "Only the kept sorts have a list."),
    };

    /// <summary>Where a kept sort is in <see cref="Kept"/>.</summary>
    public static int SlotOf(HouseSort kept) => Slots[kept];

    /// <summary>The kept list a sort reads, and whether it reads it backwards.</summary>
    public static (HouseSort List, bool Backwards) ReadFor(HouseSort sort) =>
        sort == HouseSort.PriceDesc ? (HouseSort.PriceAsc, true) : (sort, false);
}

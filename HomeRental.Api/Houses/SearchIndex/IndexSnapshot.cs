using HomeRental.Api.Infrastructure.Paging;

namespace HomeRental.Api.Houses.SearchIndex;

/// <summary>
/// The houses of the index in every kept sort, across all districts and per district, and the searches over them: the
/// same filter, order, page and exact <c>totalCount</c> as <see cref="HouseSearch"/> in the database.
/// </summary>
public sealed class IndexSnapshot
{
    /// <summary>Above this many houses moved in one change, building the lists again costs less than moving each.</summary>
    private const int RebuildAbove = 32;

    private readonly HouseLists all;
    private readonly Dictionary<int, HouseLists> byDistrict;

    private IndexSnapshot(HouseLists all, Dictionary<int, HouseLists> byDistrict)
    {
        this.all = all;
        this.byDistrict = byDistrict;
    }

    public int HouseCount => all.Count;

    public static IndexSnapshot Of(IReadOnlyCollection<IndexedHouse> houses) =>
        new(HouseLists.Of(houses), houses.GroupBy(house => house.DistrictId).ToDictionary(district => district.Key, district => HouseLists.Of([.. district])));

    public PagedList<HouseSummary> Search(HouseSearchCriteria criteria, DateTime now, PageRequest page)
    {
        var lists = criteria.DistrictId is { } districtId ? byDistrict.GetValueOrDefault(districtId, HouseLists.Empty) : all;
        var (kept, backwards) = HouseOrders.ReadFor(criteria.Sort);
        var houses = lists.In(kept);
        var filter = new SearchFilter(criteria, now);
        var (first, size) = (page.Offset, page.Size);
        var items = new List<HouseSummary>(size);
        var count = 0;
        for (var i = 0; i < houses.Length; i++)
        {
            var house = Volatile.Read(ref houses[backwards ? houses.Length - 1 - i : i]);
            if (!filter.Matches(house))
            {
                continue;
            }
            if (count >= first && items.Count < size)
            {
                items.Add(house.Summary);
            }
            count++;
        }
        return PagedList<HouseSummary>.Create(items, page, count);
    }

    /// <summary>As <see cref="HouseProjections.FeaturedAsync"/>: the most booked listed houses.</summary>
    public List<FeaturedHouse> Featured() =>
        [.. all.In(HouseSort.Bookings).Where(house => house.Listed).Take(HouseProjections.MaxFeatured)
            .Select(house => new FeaturedHouse(house.Id, house.Summary.Title, house.Summary.CoverImageUrl, house.PriceCents))];

    /// <summary>
    /// The snapshot with the changes of one round: <c>Old</c> null for a house new to the index, <c>New</c> null for one that
    /// is gone. <paramref name="everyHouse"/> is every house after the changes, for when building again is cheaper.
    /// </summary>
    public IndexSnapshot With(IReadOnlyList<(IndexedHouse? Old, IndexedHouse? New)> changes, Func<IReadOnlyCollection<IndexedHouse>> everyHouse)
    {
        var moved = changes.Where(change => change is not ({ } old, { } updated) || !old.SortsAs(updated)).ToList();
        if (moved.Count > RebuildAbove)
        {
            return Of(everyHouse());
        }

        var result = this;
        if (moved.Count > 0)
        {
            var allAfter = all;
            var districtsAfter = new Dictionary<int, HouseLists>(byDistrict);
            foreach (var (old, updated) in moved)
            {
                allAfter = allAfter.With(old, updated);
                if (old is not null)
                {
                    districtsAfter[old.DistrictId] = districtsAfter[old.DistrictId].With(old, null);
                }
                if (updated is not null)
                {
                    districtsAfter[updated.DistrictId] = districtsAfter.GetValueOrDefault(updated.DistrictId, HouseLists.Empty).With(null, updated);
                }
            }
            result = new IndexSnapshot(allAfter, districtsAfter);
        }
        foreach (var change in changes)
        {
            if (change is ({ } old, { } updated) && old.SortsAs(updated))
            {
                result.all.Replace(old, updated);
                result.byDistrict[updated.DistrictId].Replace(old, updated);
            }
        }
        return result;
    }

    /// <summary>The criteria of one search, read once rather than for every house.</summary>
    private readonly struct SearchFilter(HouseSearchCriteria criteria, DateTime now)
    {
        private readonly int guests = criteria.Guests ?? int.MinValue;
        private readonly long minPrice = criteria.MinPriceCents ?? long.MinValue;
        private readonly long maxPrice = criteria.MaxPriceCents ?? long.MaxValue;
        private readonly int nights = criteria.Nights ?? 0;
        private readonly int checkIn = criteria.CheckIn?.DayNumber ?? 0;
        private readonly int checkOut = criteria.CheckOut?.DayNumber ?? 0;

        public bool Matches(IndexedHouse house) =>
            house.Listed && house.MaxGuests >= guests && house.PriceCents >= minPrice && house.PriceCents <= maxPrice
            && (nights == 0 || (house.Allows(nights) && !house.Taken.AnyTaken(checkIn, checkOut, now)));
    }
}

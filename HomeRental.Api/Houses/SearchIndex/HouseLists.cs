namespace HomeRental.Api.Houses.SearchIndex;

/// <summary>
/// The houses of one district, or of all districts, in each kept sort (<see cref="HouseOrders.Kept"/>). A change that
/// keeps a house's place replaces it in place, one reference at a time, which a search running meanwhile sees either
/// before or after; a change that moves it makes new lists.
/// </summary>
public sealed class HouseLists
{
    public static readonly HouseLists Empty = new([[], [], []]);

    private readonly IndexedHouse[][] bySort;

    private HouseLists(IndexedHouse[][] bySort) => this.bySort = bySort;

    public int Count => bySort[0].Length;

    public static HouseLists Of(IReadOnlyCollection<IndexedHouse> houses) =>
        new([.. HouseOrders.Kept.Select(sort =>
        {
            var list = houses.ToArray();
            Array.Sort(list, HouseOrders.Of(sort));
            return list;
        })]);

    public IndexedHouse[] In(HouseSort kept) => bySort[HouseOrders.SlotOf(kept)];

    /// <summary>Puts <paramref name="updated"/> where <paramref name="old"/> is; both must sort alike (<see cref="IndexedHouse.SortsAs"/>).</summary>
    public void Replace(IndexedHouse old, IndexedHouse updated)
    {
        for (var sort = 0; sort < bySort.Length; sort++)
        {
            var list = bySort[sort];
            Volatile.Write(ref list[PlaceOf(list, old, sort)], updated);
        }
    }

    /// <summary>New lists without <paramref name="removed"/> and with <paramref name="added"/>, each in its place.</summary>
    public HouseLists With(IndexedHouse? removed, IndexedHouse? added) =>
        new([.. bySort.Select((list, sort) =>
        {
            var changed = new List<IndexedHouse>(list);
            if (removed is not null)
            {
                changed.RemoveAt(PlaceOf(list, removed, sort));
            }
            if (added is not null)
            {
                var place = changed.BinarySearch(added, HouseOrders.Of(HouseOrders.Kept[sort]));
                changed.Insert(place < 0 ? ~place : place, added);
            }
            return changed.ToArray();
        })]);

    private static int PlaceOf(IndexedHouse[] list, IndexedHouse house, int sort)
    {
        var place = Array.BinarySearch(list, house, HouseOrders.Of(HouseOrders.Kept[sort]));
        if (place < 0 || list[place].Id != house.Id)
        {
            throw new InvalidOperationException($"House {house.Id} is not where the index expects it.");
        }
        return place;
    }
}

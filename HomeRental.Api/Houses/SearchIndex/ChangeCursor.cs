namespace HomeRental.Api.Houses.SearchIndex;

/// <summary>
/// How far an index has read the changes of <see cref="Data.HouseChange"/>. Ids rise, but on PostgreSQL they are handed
/// out when a row is inserted, not when its transaction commits: a change may become visible after one with a higher
/// id. So the cursor keeps the highest id up to which it has seen every change (<see cref="Floor"/>), remembers the
/// ones it took above it, and reads from the floor again each time until the gap fills; a gap that stays open longer
/// than <see cref="GapTimeout"/> belongs to a transaction that was rolled back, and is passed.
/// </summary>
public sealed class ChangeCursor(long floor)
{
    public static readonly TimeSpan GapTimeout = TimeSpan.FromSeconds(10);

    private readonly HashSet<long> takenAbove = [];
    private long? gapSince;

    /// <summary>Every change up to this id has been taken.</summary>
    public long Floor { get; private set; } = floor;

    /// <summary>The houses of the <paramref name="changes"/> (read from after <see cref="Floor"/>) not taken before; they count as taken now.</summary>
    public HashSet<int> Take(IEnumerable<(long Id, int HouseId)> changes, long nowMilliseconds)
    {
        var houses = new HashSet<int>();
        foreach (var (id, houseId) in changes)
        {
            if (takenAbove.Add(id))
            {
                houses.Add(houseId);
            }
        }
        Advance(nowMilliseconds);
        return houses;
    }

    private void Advance(long nowMilliseconds)
    {
        while (true)
        {
            while (takenAbove.Remove(Floor + 1))
            {
                Floor++;
            }
            if (takenAbove.Count == 0)
            {
                gapSince = null;
                return;
            }
            gapSince ??= nowMilliseconds;
            if (nowMilliseconds - gapSince < GapTimeout.TotalMilliseconds)
            {
                return;
            }
            Floor = takenAbove.Min() - 1;
            gapSince = null;
        }
    }
}

namespace HomeRental.Api.Houses.SearchIndex;

/// <summary>
/// The nights of one house that cannot be booked, as the index holds them: the nights taken for good (orders that do not
/// lapse, blocks, imported events) merged into runs in date order, and apart from them the requests that lapse at a
/// moment of their own (<see cref="Data.Order.ExpiresAt"/>), which stop counting when it passes, as in
/// <see cref="Orders.NightsHeld"/>. Immutable: a change of the house's calendar makes a new one.
/// </summary>
public sealed class NightRuns
{
    public static readonly NightRuns None = new([], [], []);

    /// <summary>Day numbers: each run takes the nights from its start up to the night before its end.</summary>
    private readonly int[] starts;
    private readonly int[] ends;
    private readonly LapsingHold[] lapsing;

    private NightRuns(int[] starts, int[] ends, LapsingHold[] lapsing)
    {
        this.starts = starts;
        this.ends = ends;
        this.lapsing = lapsing;
    }

    /// <summary>How many runs and lapsing holds are kept.</summary>
    public int Count => starts.Length + lapsing.Length;

    public static NightRuns From(IEnumerable<TakenStay> taken)
    {
        var lasting = new List<TakenStay>();
        var lapsing = new List<LapsingHold>();
        foreach (var stay in taken)
        {
            if (stay.LapsesAt is { } lapsesAt)
            {
                lapsing.Add(new LapsingHold(stay.CheckIn.DayNumber, stay.CheckOut.DayNumber, lapsesAt));
            }
            else
            {
                lasting.Add(stay);
            }
        }
        if (lasting.Count == 0 && lapsing.Count == 0)
        {
            return None;
        }

        lasting.Sort((one, other) => one.CheckIn.CompareTo(other.CheckIn));
        var starts = new List<int>(lasting.Count);
        var ends = new List<int>(lasting.Count);
        foreach (var stay in lasting)
        {
            var (start, end) = (stay.CheckIn.DayNumber, stay.CheckOut.DayNumber);
            if (ends.Count > 0 && start <= ends[^1])
            {
                ends[^1] = Math.Max(ends[^1], end);
            }
            else
            {
                starts.Add(start);
                ends.Add(end);
            }
        }
        return new NightRuns([.. starts], [.. ends], [.. lapsing]);
    }

    /// <summary>Whether any night from <paramref name="checkIn"/> up to the night before <paramref name="checkOut"/> is taken at <paramref name="now"/>.</summary>
    public bool AnyTaken(int checkIn, int checkOut, DateTime now)
    {
        // Runs do not overlap and are in order, so their ends are in order too: the first run that ends after
        // check-in is the only one that can hold a night of the stay before any later one does.
        var first = FirstEndingAfter(checkIn);
        if (first < ends.Length && starts[first] < checkOut)
        {
            return true;
        }
        foreach (var hold in lapsing)
        {
            if (hold.Start < checkOut && checkIn < hold.End && hold.LapsesAt > now)
            {
                return true;
            }
        }
        return false;
    }

    private int FirstEndingAfter(int day)
    {
        int low = 0, high = ends.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (ends[middle] > day)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }
        return low;
    }

    private readonly record struct LapsingHold(int Start, int End, DateTime LapsesAt);
}

/// <summary>Nights taken by an order or a block; <paramref name="LapsesAt"/> is when a waiting request stops holding them.</summary>
public readonly record struct TakenStay(DateOnly CheckIn, DateOnly CheckOut, DateTime? LapsesAt);

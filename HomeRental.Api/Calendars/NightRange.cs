namespace HomeRental.Api.Calendars;

/// <summary>A run of nights: from <see cref="CheckIn"/> up to the night before <see cref="CheckOut"/>.</summary>
public sealed record NightRange(DateOnly CheckIn, DateOnly CheckOut)
{
    /// <summary>
    /// <paramref name="ranges"/> clipped to the nights from <paramref name="from"/> up to the night before
    /// <paramref name="to"/>, with overlapping and touching runs joined, in date order.
    /// </summary>
    public static List<NightRange> Merge(IEnumerable<NightRange> ranges, DateOnly from, DateOnly to)
    {
        var merged = new List<NightRange>();
        foreach (var range in ranges
                     .Select(range => new NightRange(Later(range.CheckIn, from), Earlier(range.CheckOut, to)))
                     .Where(range => range.CheckIn < range.CheckOut)
                     .OrderBy(range => range.CheckIn))
        {
            if (merged.Count > 0 && range.CheckIn <= merged[^1].CheckOut)
            {
                merged[^1] = merged[^1] with { CheckOut = Later(merged[^1].CheckOut, range.CheckOut) };
            }
            else
            {
                merged.Add(range);
            }
        }
        return merged;
    }

    private static DateOnly Later(DateOnly one, DateOnly other) => one > other ? one : other;

    private static DateOnly Earlier(DateOnly one, DateOnly other) => one < other ? one : other;
}

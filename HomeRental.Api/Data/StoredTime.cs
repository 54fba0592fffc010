namespace HomeRental.Api.Data;

public static class StoredTime
{
    /// <summary>
    /// Now in UTC, to the microsecond: PostgreSQL keeps no finer time, so a timestamp answered when it is written is
    /// the one answered when it is read back.
    /// </summary>
    public static DateTime UtcNow(this TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}

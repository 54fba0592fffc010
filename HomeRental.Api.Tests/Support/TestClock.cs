namespace HomeRental.Api.Tests.Support;

/// <summary>A clock that stands still until a test moves it; its local time zone is UTC, so "today" is the UTC date.</summary>
public sealed class TestClock : TimeProvider
{
    private readonly Lock gate = new();
    private DateTimeOffset now;

    /// <summary>Starts at <paramref name="start"/>, or at the real current time so that keys and cookies issued now stay valid.</summary>
    public TestClock(DateTimeOffset? start = null) => now = start ?? TimeProvider.System.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public DateOnly Today => DateOnly.FromDateTime(GetUtcNow().UtcDateTime);

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (gate)
        {
            now += by;
        }
    }
}

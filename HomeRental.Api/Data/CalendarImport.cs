namespace HomeRental.Api.Data;

/// <summary>An iCal feed of another site whose events take the house's nights, fetched again and again.</summary>
public class CalendarImport
{
    public int Id { get; set; }
    public int HouseId { get; set; }
    public House House { get; set; } = null!;
    public string Name { get; set; } = string.Empty;
    public string Url { get; set; } = string.Empty;
    /// <summary>When the feed was last read successfully; null until it has been.</summary>
    public DateTime? LastSyncedAt { get; set; }
    /// <summary>Why the last fetch failed, in words for the host; null when it succeeded.</summary>
    public string? LastError { get; set; }
    public int EventCount { get; set; }
    /// <summary>Until when one instance has claimed the next fetch, so that only it fetches the feed.</summary>
    public DateTime? FetchClaimedUntil { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<CalendarBlock> Events { get; set; } = [];
}

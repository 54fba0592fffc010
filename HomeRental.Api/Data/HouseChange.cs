namespace HomeRental.Api.Data;

/// <summary>
/// A write that changed what a house read shows (search, featured, the house page): one row per house, saved in the
/// write's own transaction, so that every instance's availability index can catch up on it from the database when a
/// change message through Redis did not reach it. Rows are kept for <see cref="Houses.SearchIndex.HouseChanges.Retention"/>.
/// </summary>
public class HouseChange
{
    /// <summary>Rises with every change; an instance reads the changes after the last one it has taken.</summary>
    public long Id { get; set; }
    public int HouseId { get; set; }
    public House House { get; set; } = null!;
    public DateTime ChangedAt { get; set; }
}

namespace HomeRental.Api.Data;

/// <summary>
/// Nights of a house that no one can book besides those its orders hold: a block the host set by hand
/// (<see cref="ImportId"/> null) or an event read from one of the house's iCal imports.
/// </summary>
public class CalendarBlock
{
    public int Id { get; set; }
    public int HouseId { get; set; }
    public House House { get; set; } = null!;
    public DateOnly CheckIn { get; set; }
    /// <summary>Exclusive, as an order's: the first night that is free again.</summary>
    public DateOnly CheckOut { get; set; }
    /// <summary>The host's own words for a block; never shown to anyone else, and null for imported events.</summary>
    public string? Note { get; set; }
    public int? ImportId { get; set; }
    public CalendarImport? Import { get; set; }
    public DateTime CreatedAt { get; set; }
}

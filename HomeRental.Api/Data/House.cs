namespace HomeRental.Api.Data;

public class House : IAuditable
{
    public int Id { get; set; }
    public int OwnerId { get; set; }
    public User Owner { get; set; } = null!;
    public int DistrictId { get; set; }
    public District District { get; set; } = null!;
    public string Title { get; set; } = string.Empty;
    /// <summary>The host's own words about the home; line breaks are kept.</summary>
    public string Description { get; set; } = string.Empty;
    public long PriceCents { get; set; }
    public string Address { get; set; } = string.Empty;
    public int RoomCount { get; set; }
    public int AreaSize { get; set; }
    public string FloorPlan { get; set; } = string.Empty;
    public int MaxGuests { get; set; }
    public string BedConfig { get; set; } = string.Empty;
    public long DepositCents { get; set; }
    public int MinNights { get; set; }
    /// <summary>The longest stay allowed; 0 means no limit.</summary>
    public int MaxNights { get; set; }
    public int BookingCount { get; set; }
    public string? CoverImageUrl { get; set; }
    /// <summary>The secret in the URL of the house's iCal export; null until the host first asks for it.</summary>
    public string? CalendarExportToken { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<Amenity> Amenities { get; set; } = [];
    public List<HouseImage> Images { get; set; } = [];
}

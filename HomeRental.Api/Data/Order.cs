namespace HomeRental.Api.Data;

public class Order : IAuditable
{
    public int Id { get; set; }
    public int GuestId { get; set; }
    public User Guest { get; set; } = null!;
    public int HouseId { get; set; }
    public House House { get; set; } = null!;
    public DateOnly CheckIn { get; set; }
    /// <summary>Exclusive: the guest leaves on this day, which another stay may start on.</summary>
    public DateOnly CheckOut { get; set; }
    public int Nights { get; set; }
    /// <summary>How many people stay; orders made before guests were asked for count as 1.</summary>
    public int Guests { get; set; } = 1;
    public long PricePerNightCents { get; set; }
    public long TotalAmountCents { get; set; }
    public OrderStatus Status { get; set; }
    public string? Notes { get; set; }
    /// <summary>The host's reason for a rejection, or the guest's review.</summary>
    public string? Comment { get; set; }
    /// <summary>When a PENDING order that the host has not answered, or an UNPAID one, lapses; null in every other status.</summary>
    public DateTime? ExpiresAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

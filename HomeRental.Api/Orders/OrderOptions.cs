namespace HomeRental.Api.Orders;

/// <summary>The <c>Orders</c> settings: how long a request waits for its host and its payment, and how long and how far ahead a stay may be.</summary>
public sealed class OrderOptions
{
    public const string Section = "Orders";

    /// <summary>How long a PENDING order waits for the host's answer before it is rejected.</summary>
    public int PendingHours { get; set; } = 24;

    /// <summary>How long an accepted (UNPAID) order waits for the guest's payment before it is cancelled.</summary>
    public int UnpaidHours { get; set; } = 24;

    /// <summary>The longest stay, whatever a house's own maxNights says.</summary>
    public int MaxNights { get; set; } = 365;

    /// <summary>How many days ahead check-in may be.</summary>
    public int BookingHorizonDays { get; set; } = 730;

    public StayLimits StayLimits => new(MaxNights, BookingHorizonDays);

    public bool IsValid => PendingHours > 0 && UnpaidHours > 0 && MaxNights > 0 && BookingHorizonDays > 0;
}

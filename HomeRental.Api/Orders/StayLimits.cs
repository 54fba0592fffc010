namespace HomeRental.Api.Orders;

/// <summary>What bounds every stay, block and dated search, beyond a house's own limits on nights.</summary>
public sealed record StayLimits(int MaxNights, int BookingHorizonDays);

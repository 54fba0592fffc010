namespace HomeRental.Api.Orders;

/// <summary>Why a requested stay is refused, keyed by the request field to blame.</summary>
public sealed record StayError(string Field, string Message);

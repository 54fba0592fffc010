using System.ComponentModel;
using HomeRental.Api.Data;

namespace HomeRental.Api.Orders;

/// <summary>The whole order, as every order endpoint answers it, to its guest and to its host alike.</summary>
public sealed record OrderResponse(
    int Id,
    OrderHouse House,
    OrderGuest Guest,
    DateOnly CheckIn,
    DateOnly CheckOut,
    int Nights,
    int Guests,
    long PricePerNightCents,
    long TotalAmountCents,
    [property: Description("As of now: a PENDING or UNPAID order past expiresAt is REJECTED or CANCELLED, a PAID order whose check-out date has come is REVIEW_PENDING.")] OrderStatus Status,
    string? Notes,
    [property: Description("The host's reason for a rejection, the guest's review, or why the order lapsed.")] string? Comment,
    [property: Description("While PENDING or UNPAID: when the order lapses (UTC) unless the host answers or the guest pays; otherwise null.")]
    DateTime? ExpiresAt,
    DateTime CreatedAt,
    DateTime UpdatedAt);

public sealed record OrderHouse(int Id, string Title, string? CoverImageUrl);

public sealed record OrderGuest(int Id, string Username);

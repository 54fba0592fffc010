using HomeRental.Api.Districts;

namespace HomeRental.Api.Houses;

/// <summary>Everything a house page shows.</summary>
public sealed record HouseDetail(
    int Id,
    string Title,
    string Description,
    long PriceCents,
    string Address,
    int RoomCount,
    int AreaSize,
    string FloorPlan,
    int MaxGuests,
    string BedConfig,
    long DepositCents,
    int MinNights,
    int MaxNights,
    int BookingCount,
    string? CoverImageUrl,
    ReferenceItem District,
    IReadOnlyList<ReferenceItem> Amenities,
    IReadOnlyList<HouseImageResponse> Images,
    HouseOwner Owner,
    IReadOnlyList<HouseReview> Reviews);

public sealed record HouseImageResponse(int Id, string Url);

public sealed record HouseOwner(int Id, string Username, string? AvatarUrl);

/// <summary>A guest's comment on a completed stay; <c>createdAt</c> is when the review was written.</summary>
public sealed record HouseReview(string Username, string Comment, DateTime CreatedAt);

/// <summary>A house in a list: search results and the host's own houses.</summary>
public sealed record HouseSummary(
    int Id,
    string Title,
    long PriceCents,
    string Address,
    string? CoverImageUrl,
    ReferenceItem District,
    int RoomCount,
    int MaxGuests,
    int BookingCount,
    ListingOwner Owner);

public sealed record ListingOwner(string Username, string? AvatarUrl);

public sealed record FeaturedHouse(int Id, string Title, string? CoverImageUrl, long PriceCents);

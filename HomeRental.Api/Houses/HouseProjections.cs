using System.Linq.Expressions;
using HomeRental.Api.Data;
using HomeRental.Api.Districts;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Houses;

/// <summary>The reads of houses, projected in the database straight to their responses.</summary>
public static class HouseProjections
{
    public const int MaxReviews = 30;
    public const int MaxFeatured = 5;

    public static readonly Expression<Func<House, HouseSummary>> Summary = house => new HouseSummary(
        house.Id,
        house.Title,
        house.PriceCents,
        house.Address,
        house.CoverImageUrl,
        new ReferenceItem(house.District.Id, house.District.Name),
        house.RoomCount,
        house.MaxGuests,
        house.BookingCount,
        new ListingOwner(house.Owner.Username, house.Owner.AvatarUrl));

    /// <summary>The house page, or null for an unknown id.</summary>
    public static async Task<HouseDetail?> DetailAsync(HomeRentalDbContext db, int id, CancellationToken cancellationToken)
    {
        var detail = await db.Houses.AsNoTracking()
            .Where(house => house.Id == id)
            .Select(house => new HouseDetail(
                house.Id,
                house.Title,
                house.Description,
                house.PriceCents,
                house.Address,
                house.RoomCount,
                house.AreaSize,
                house.FloorPlan,
                house.MaxGuests,
                house.BedConfig,
                house.DepositCents,
                house.MinNights,
                house.MaxNights,
                house.BookingCount,
                house.CoverImageUrl,
                new ReferenceItem(house.District.Id, house.District.Name),
                house.Amenities.OrderBy(amenity => amenity.Id).Select(amenity => new ReferenceItem(amenity.Id, amenity.Name)).ToList(),
                house.Images.OrderBy(image => image.Id).Select(image => new HouseImageResponse(image.Id, image.Url)).ToList(),
                new HouseOwner(house.Owner.Id, house.Owner.Username, house.Owner.AvatarUrl),
                new List<HouseReview>()))
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        return detail is null ? null : detail with { Reviews = await ReviewsAsync(db, id, cancellationToken) };
    }

    /// <summary>The orders whose comment a house page shows as a review: completed ones with a comment.</summary>
    public static readonly Expression<Func<Order, bool>> ShownAsReview =
        order => order.Status == OrderStatus.Completed && order.Comment != null;

    /// <summary>
    /// The comments of the house's completed orders, newest first. An order's UpdatedAt is the review's time:
    /// writing the review is what completes the order, and a completed order never changes again.
    /// </summary>
    private static Task<List<HouseReview>> ReviewsAsync(HomeRentalDbContext db, int houseId, CancellationToken cancellationToken) =>
        db.Orders.AsNoTracking()
            .Where(order => order.HouseId == houseId)
            .Where(ShownAsReview)
            .OrderByDescending(order => order.UpdatedAt).ThenByDescending(order => order.Id)
            .Take(MaxReviews)
            .Select(order => new HouseReview(order.Guest.Username, order.Comment!, order.UpdatedAt))
            .ToListAsync(cancellationToken);

    /// <summary>Up to five houses with a cover image, most booked first.</summary>
    public static Task<List<FeaturedHouse>> FeaturedAsync(HomeRentalDbContext db, CancellationToken cancellationToken) =>
        HouseSearch.Sorted(HouseSearch.Listed(db.Houses.AsNoTracking()), HouseSort.Bookings)
            .Take(MaxFeatured)
            .Select(house => new FeaturedHouse(house.Id, house.Title, house.CoverImageUrl, house.PriceCents))
            .ToListAsync(cancellationToken);
}

using HomeRental.Api.Calendars;
using HomeRental.Api.Data;
using HomeRental.Api.Infrastructure.Paging;
using HomeRental.Api.Orders;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Houses;

/// <summary>The house search as database queries: a filter, a total order, and a page of summaries.</summary>
public static class HouseSearch
{
    public static Task<PagedList<HouseSummary>> FindAsync(
        HomeRentalDbContext db, HouseSearchCriteria criteria, DateTime now, PageRequest page, CancellationToken cancellationToken) =>
        Filter(db, criteria, now)
            .ToPagedListAsync(houses => Sorted(houses, criteria.Sort).Select(HouseProjections.Summary), page, cancellationToken);

    /// <summary>
    /// The listed houses (those with a photo) in the district, for the guests and in the price range; and with dates,
    /// those free for the whole stay at <paramref name="now"/> whose night limits allow it (<see cref="TakenNights"/>).
    /// </summary>
    private static IQueryable<House> Filter(HomeRentalDbContext db, HouseSearchCriteria criteria, DateTime now)
    {
        var houses = Listed(db.Houses.AsNoTracking());
        if (criteria.DistrictId is { } districtId)
        {
            houses = houses.Where(house => house.DistrictId == districtId);
        }
        if (criteria.Guests is { } guests)
        {
            houses = houses.Where(house => house.MaxGuests >= guests);
        }
        if (criteria.MinPriceCents is { } minPrice)
        {
            houses = houses.Where(house => house.PriceCents >= minPrice);
        }
        if (criteria.MaxPriceCents is { } maxPrice)
        {
            houses = houses.Where(house => house.PriceCents <= maxPrice);
        }
        if (criteria is { CheckIn: { } checkIn, CheckOut: { } checkOut, Nights: { } nights })
        {
            houses = houses
                .Where(house => house.MinNights <= nights && (house.MaxNights == StayRules.NoMaxNights || house.MaxNights >= nights))
                .FreeBetween(db, checkIn, checkOut, now);
        }
        return houses;
    }

    /// <summary>The houses guests can find in search and featured: a home without a photo is not listed until it has one.</summary>
    public static IQueryable<House> Listed(IQueryable<House> houses) => houses.Where(house => house.CoverImageUrl != null);

    public static IQueryable<House> Sorted(IQueryable<House> houses, HouseSort sort) => sort switch
    {
        HouseSort.Bookings => houses.OrderByDescending(house => house.BookingCount).ThenByDescending(house => house.Id),
        HouseSort.PriceAsc => houses.OrderBy(house => house.PriceCents).ThenBy(house => house.Id),
        HouseSort.PriceDesc => houses.OrderByDescending(house => house.PriceCents).ThenByDescending(house => house.Id),
        _ => houses.OrderByDescending(house => house.CreatedAt).ThenByDescending(house => house.Id),
    };
}

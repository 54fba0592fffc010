using HomeRental.Api.Data;
using HomeRental.Api.Infrastructure.Paging;
using HomeRental.Api.Orders;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Houses;

/// <summary>The house search as database queries: a filter, a total order, and a page of summaries.</summary>
public static class HouseSearch
{
    public static Task<PagedList<HouseSummary>> FindAsync(
        HomeRentalDbContext db, HouseSearchCriteria criteria, PageRequest page, CancellationToken cancellationToken) =>
        Filter(db.Houses.AsNoTracking(), db.Orders, criteria)
            .ToPagedListAsync(houses => Sorted(houses, criteria.Sort).Select(HouseProjections.Summary), page, cancellationToken);

    /// <summary>
    /// The houses in the district, and with dates, those free for the whole stay whose night limits allow it:
    /// no order in a status that holds nights shares a night with it (check-out is exclusive).
    /// </summary>
    public static IQueryable<House> Filter(IQueryable<House> houses, IQueryable<Order> orders, HouseSearchCriteria criteria)
    {
        if (criteria.DistrictId is { } districtId)
        {
            houses = houses.Where(house => house.DistrictId == districtId);
        }
        if (criteria is { CheckIn: { } checkIn, CheckOut: { } checkOut, Nights: { } nights })
        {
            houses = houses.Where(house =>
                house.MinNights <= nights
                && (house.MaxNights == StayRules.NoMaxNights || house.MaxNights >= nights)
                && !orders.Any(order =>
                    order.HouseId == house.Id
                    && order.CheckOut > checkIn
                    && order.CheckIn < checkOut
                    // The statuses outside OrderTransitions.Active, written as constants: EF Core 6 caches the SQL of
                    // a query with constants but rebuilds it on every run for a list (Contains) or a captured expression.
                    && order.Status != OrderStatus.Cancelled && order.Status != OrderStatus.Rejected));
        }
        return houses;
    }

    public static IQueryable<House> Sorted(IQueryable<House> houses, HouseSort sort) => sort switch
    {
        HouseSort.Bookings => houses.OrderByDescending(house => house.BookingCount).ThenByDescending(house => house.Id),
        HouseSort.PriceAsc => houses.OrderBy(house => house.PriceCents).ThenBy(house => house.Id),
        HouseSort.PriceDesc => houses.OrderByDescending(house => house.PriceCents).ThenByDescending(house => house.Id),
        _ => houses.OrderByDescending(house => house.CreatedAt).ThenByDescending(house => house.Id),
    };
}

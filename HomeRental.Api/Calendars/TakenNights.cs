using System.Linq.Expressions;
using HomeRental.Api.Data;
using HomeRental.Api.Orders;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Calendars;

/// <summary>
/// The nights of a house that cannot be booked: those an order holds (<see cref="NightsHeld"/>) and those a block
/// takes, the host's own or an imported event's. Search, booking, blocks and the calendar all ask here.
/// </summary>
public static class TakenNights
{
    /// <summary>The blocks that take any night from <paramref name="checkIn"/> up to the night before <paramref name="checkOut"/>.</summary>
    public static Expression<Func<CalendarBlock, bool>> BlockedBetween(DateOnly checkIn, DateOnly checkOut) =>
        block => block.CheckIn < checkOut && checkIn < block.CheckOut;

    /// <summary>The houses of <paramref name="houses"/> with every night of the stay free at <paramref name="now"/>.</summary>
    public static IQueryable<House> FreeBetween(
        this IQueryable<House> houses, HomeRentalDbContext db, DateOnly checkIn, DateOnly checkOut, DateTime now)
    {
        var holding = db.Orders.Where(NightsHeld.Between(checkIn, checkOut, now));
        var blocking = db.CalendarBlocks.Where(BlockedBetween(checkIn, checkOut));
        return houses.Where(house =>
            !holding.Any(order => order.HouseId == house.Id) && !blocking.Any(block => block.HouseId == house.Id));
    }

    /// <summary>Whether any night of the stay in house <paramref name="houseId"/> is taken at <paramref name="now"/>, in one query.</summary>
    public static Task<bool> AnyAsync(HomeRentalDbContext db, int houseId, DateOnly checkIn, DateOnly checkOut, DateTime now) =>
        db.Orders.Where(NightsHeld.Between(checkIn, checkOut, now)).Where(order => order.HouseId == houseId).Select(order => order.HouseId)
            .Concat(db.CalendarBlocks.Where(BlockedBetween(checkIn, checkOut)).Where(block => block.HouseId == houseId).Select(block => block.HouseId))
            .AnyAsync();
}

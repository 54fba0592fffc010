using System.Linq.Expressions;
using HomeRental.Api.Data;

namespace HomeRental.Api.Orders;

/// <summary>
/// Which orders have a house's nights: one in a status that holds nights and that has not lapsed, covering any of them.
/// Dates are calendar days, check-out exclusive, so one stay may begin on the day another ends. Search, booking, the
/// calendars and the tests all ask this, through <see cref="Calendars.TakenNights"/> where blocks count too.
/// </summary>
public static class NightsHeld
{
    /// <summary>The statuses whose orders keep the house's nights booked.</summary>
    public static IReadOnlyList<OrderStatus> Statuses { get; } =
        [OrderStatus.Pending, OrderStatus.Unpaid, OrderStatus.Paid, OrderStatus.ReviewPending, OrderStatus.Completed];

    /// <summary>
    /// The orders that hold any night from <paramref name="checkIn"/> up to the night before <paramref name="checkOut"/>
    /// at <paramref name="now"/> (UTC): a request past its <see cref="Order.ExpiresAt"/> holds nothing, stored as lapsed or not.
    /// </summary>
    public static Expression<Func<Order, bool>> Between(DateOnly checkIn, DateOnly checkOut, DateTime now) =>
        // Dates first: SQLite tests them in this order, and most of a house's orders are ruled out by the dates alone.
        order => order.CheckIn < checkOut && checkIn < order.CheckOut && Statuses.Contains(order.Status)
                 && (order.ExpiresAt == null || order.ExpiresAt > now);
}

using System.Linq.Expressions;
using HomeRental.Api.Data;

namespace HomeRental.Api.Orders;

/// <summary>
/// Who has a house's nights: an order in a status that holds nights, covering any of them. Dates are calendar days,
/// check-out exclusive, so one stay may begin on the day another ends. Search, booking and the tests all ask this.
/// </summary>
public static class NightsHeld
{
    /// <summary>The statuses whose orders keep the house's nights booked.</summary>
    public static IReadOnlyList<OrderStatus> Statuses { get; } =
        [OrderStatus.Pending, OrderStatus.Unpaid, OrderStatus.Paid, OrderStatus.ReviewPending, OrderStatus.Completed];

    /// <summary>The orders that hold any night from <paramref name="checkIn"/> up to the night before <paramref name="checkOut"/>.</summary>
    public static Expression<Func<Order, bool>> Between(DateOnly checkIn, DateOnly checkOut) =>
        // Dates first: SQLite tests them in this order, and most of a house's orders are ruled out by the dates alone.
        order => order.CheckIn < checkOut && checkIn < order.CheckOut && Statuses.Contains(order.Status);
}

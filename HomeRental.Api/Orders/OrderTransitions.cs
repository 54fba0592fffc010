using System.Collections.Frozen;
using HomeRental.Api.Data;

namespace HomeRental.Api.Orders;

/// <summary>The order life cycle: which action is allowed in which status, and where it leads.</summary>
public static class OrderTransitions
{
    private static readonly FrozenDictionary<(OrderStatus From, OrderAction Action), OrderStatus> Allowed =
        new Dictionary<(OrderStatus From, OrderAction Action), OrderStatus>
        {
            [(OrderStatus.Pending, OrderAction.Accept)] = OrderStatus.Unpaid,
            [(OrderStatus.Pending, OrderAction.Reject)] = OrderStatus.Rejected,
            [(OrderStatus.Pending, OrderAction.Cancel)] = OrderStatus.Cancelled,
            [(OrderStatus.Unpaid, OrderAction.Pay)] = OrderStatus.Paid,
            [(OrderStatus.Unpaid, OrderAction.Cancel)] = OrderStatus.Cancelled,
            [(OrderStatus.ReviewPending, OrderAction.Review)] = OrderStatus.Completed,
        }.ToFrozenDictionary();

    /// <summary>
    /// The status <paramref name="action"/> leads to from <paramref name="from"/>, or false when the
    /// action is not allowed there. Dates play no part: apply it to <see cref="EffectiveStatus"/>.
    /// </summary>
    public static bool TryApply(OrderStatus from, OrderAction action, out OrderStatus to) =>
        Allowed.TryGetValue((from, action), out to);

    /// <summary>
    /// The status to show and act on <paramref name="now"/>: a request past its expiry has lapsed
    /// (<see cref="OrderLapse"/>), and a paid order whose check-out date has come is awaiting its review.
    /// The review step is never stored: every read and every action goes through here, so a stored copy would only be
    /// a second truth that a background job must keep up to date.
    /// </summary>
    public static OrderStatus EffectiveStatus(OrderStatus status, DateOnly checkOut, DateTime? expiresAt, Moment now) =>
        OrderLapse.Lapsed(status, expiresAt, now.UtcNow)?.Status
        ?? (status == OrderStatus.Paid && now.Today >= checkOut ? OrderStatus.ReviewPending : status);
}

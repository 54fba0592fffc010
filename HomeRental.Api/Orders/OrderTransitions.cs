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
            [(OrderStatus.Paid, OrderAction.CompleteStay)] = OrderStatus.ReviewPending,
            [(OrderStatus.ReviewPending, OrderAction.Review)] = OrderStatus.Completed,
        }.ToFrozenDictionary();

    /// <summary>The statuses whose orders keep the house's nights booked.</summary>
    public static IReadOnlySet<OrderStatus> Active { get; } = new[]
    {
        OrderStatus.Pending,
        OrderStatus.Unpaid,
        OrderStatus.Paid,
        OrderStatus.ReviewPending,
        OrderStatus.Completed,
    }.ToFrozenSet();

    /// <summary>
    /// The status <paramref name="action"/> leads to from <paramref name="from"/>, or false when the
    /// action is not allowed there. Dates play no part: apply it to <see cref="EffectiveStatus"/>.
    /// </summary>
    public static bool TryApply(OrderStatus from, OrderAction action, out OrderStatus to) =>
        Allowed.TryGetValue((from, action), out to);

    /// <summary>The status <paramref name="action"/> leads to, or null when it is not allowed.</summary>
    public static OrderStatus? Next(OrderStatus from, OrderAction action) =>
        TryApply(from, action, out var to) ? to : null;

    /// <summary>
    /// The status to show and act on today: a paid order whose check-out date has come is
    /// awaiting its review, whether or not the stored status has caught up yet.
    /// </summary>
    public static OrderStatus EffectiveStatus(OrderStatus status, DateOnly checkOut, DateOnly today) =>
        status == OrderStatus.Paid && today >= checkOut ? OrderStatus.ReviewPending : status;

    public static bool HoldsNights(OrderStatus status) => Active.Contains(status);
}

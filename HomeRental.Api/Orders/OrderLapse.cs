using HomeRental.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Orders;

/// <summary>
/// Requests that wait too long lapse: a PENDING order the host has not answered by its <see cref="Order.ExpiresAt"/>
/// is REJECTED, an UNPAID one not paid by then is CANCELLED. The lapse takes effect the moment it is due, in every
/// answer and for the nights it held; storing it is left to <see cref="StoreAsync"/>, which the sweep and a booking
/// of the same house call.
/// </summary>
public static class OrderLapse
{
    public const string UnansweredComment = "The host did not answer in time, so the request was declined.";
    public const string UnpaidComment = "The order was not paid in time, so it was cancelled.";

    /// <summary>The two lapses: an unanswered request is declined, an unpaid order cancelled.</summary>
    private static readonly (OrderStatus From, OrderStatus To, string Comment) Unanswered =
        (OrderStatus.Pending, OrderStatus.Rejected, UnansweredComment);

    private static readonly (OrderStatus From, OrderStatus To, string Comment) Unpaid =
        (OrderStatus.Unpaid, OrderStatus.Cancelled, UnpaidComment);

    /// <summary>When an order that has just moved to <paramref name="status"/> lapses, or null when that status never does.</summary>
    public static DateTime? ExpiryFor(OrderStatus status, DateTime now, OrderOptions options) => status switch
    {
        OrderStatus.Pending => now.AddHours(options.PendingHours),
        OrderStatus.Unpaid => now.AddHours(options.UnpaidHours),
        _ => null,
    };

    /// <summary>The status and comment an order has lapsed to by <paramref name="now"/>, or null when it has not lapsed.</summary>
    public static (OrderStatus Status, string Comment)? Lapsed(OrderStatus status, DateTime? expiresAt, DateTime now) =>
        expiresAt is not { } due || due > now ? null
        : status == Unanswered.From ? (Unanswered.To, Unanswered.Comment)
        : status == Unpaid.From ? (Unpaid.To, Unpaid.Comment)
        : null;

    /// <summary>Stores the lapse of every order of <paramref name="orders"/> that is due by <paramref name="now"/>, in one statement; returns how many lapsed.</summary>
    public static Task<int> StoreAsync(IQueryable<Order> orders, DateTime now, CancellationToken cancellationToken = default) =>
        // Every SET of one UPDATE reads the row as it was, so the comment follows the status the order lapsed from.
        // UpdatedAt becomes the moment of the lapse, which is what every answer showed before it was stored.
        orders.Where(order => (order.Status == Unanswered.From || order.Status == Unpaid.From) && order.ExpiresAt <= now)
            .ExecuteUpdateAsync(order => order
                .SetProperty(o => o.Status, o => o.Status == Unanswered.From ? Unanswered.To : Unpaid.To)
                .SetProperty(o => o.Comment, o => o.Status == Unanswered.From ? Unanswered.Comment : Unpaid.Comment)
                .SetProperty(o => o.UpdatedAt, o => o.ExpiresAt!.Value)
                .SetProperty(o => o.ExpiresAt, (DateTime?)null), cancellationToken);
}

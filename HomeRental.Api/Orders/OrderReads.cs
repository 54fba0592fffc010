using System.Linq.Expressions;
using HomeRental.Api.Data;
using HomeRental.Api.Infrastructure.Paging;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Orders;

/// <summary>Reads orders straight into <see cref="OrderResponse"/>, shown as of now (<see cref="OrderTransitions.EffectiveStatus"/>).</summary>
public static class OrderReads
{
    private static readonly Expression<Func<Order, OrderResponse>> AsStored = order => new OrderResponse(
        order.Id,
        new OrderHouse(order.House.Id, order.House.Title, order.House.CoverImageUrl),
        new OrderGuest(order.Guest.Id, order.Guest.Username),
        order.CheckIn,
        order.CheckOut,
        order.Nights,
        order.Guests,
        order.PricePerNightCents,
        order.TotalAmountCents,
        order.Status,
        order.Notes,
        order.Comment,
        order.ExpiresAt,
        order.CreatedAt,
        order.UpdatedAt);

    /// <summary>The order if <paramref name="userId"/> is its guest or its host; null otherwise, as for an unknown order.</summary>
    public static async Task<OrderResponse?> FindVisibleAsync(HomeRentalDbContext db, int orderId, int userId, Moment now)
    {
        var order = await db.Orders.AsNoTracking()
            .Where(order => order.Id == orderId && (order.GuestId == userId || order.House.OwnerId == userId))
            .Select(AsStored)
            .SingleOrDefaultAsync();
        return order?.AsOf(now);
    }

    /// <summary>One page of <paramref name="orders"/>, newest first, ties broken by the higher id.</summary>
    public static async Task<PagedList<OrderResponse>> PageAsync(
        IQueryable<Order> orders, PageRequest page, Moment now, CancellationToken cancellationToken)
    {
        var stored = await orders.ToPagedListAsync(
            filtered => filtered
                .OrderByDescending(order => order.CreatedAt)
                .ThenByDescending(order => order.Id)
                .Select(AsStored),
            page,
            cancellationToken);
        return stored with { Items = stored.Items.Select(order => order.AsOf(now)).ToList() };
    }

    private static OrderResponse AsOf(this OrderResponse order, Moment now) =>
        OrderLapse.Lapsed(order.Status, order.ExpiresAt, now.UtcNow) is var (status, comment)
            ? order with { Status = status, Comment = comment, ExpiresAt = null, UpdatedAt = order.ExpiresAt!.Value }
            : order with { Status = OrderTransitions.EffectiveStatus(order.Status, order.CheckOut, order.ExpiresAt, now) };
}

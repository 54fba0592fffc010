using System.Linq.Expressions;
using HomeRental.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Orders;

/// <summary>Reads orders straight into <see cref="OrderResponse"/>, with the status shown as of today.</summary>
public static class OrderReads
{
    private static readonly Expression<Func<Order, OrderResponse>> AsStored = order => new OrderResponse(
        order.Id,
        new OrderHouse(order.House.Id, order.House.Title, order.House.CoverImageUrl),
        new OrderGuest(order.Guest.Id, order.Guest.Username),
        order.CheckIn,
        order.CheckOut,
        order.Nights,
        order.PricePerNightCents,
        order.TotalAmountCents,
        order.Status,
        order.Notes,
        order.Comment,
        order.CreatedAt,
        order.UpdatedAt);

    /// <summary>The order if <paramref name="userId"/> is its guest or its host; null otherwise, as for an unknown order.</summary>
    public static async Task<OrderResponse?> FindVisibleAsync(HomeRentalDbContext db, int orderId, int userId, DateOnly today)
    {
        var order = await db.Orders.AsNoTracking()
            .Where(order => order.Id == orderId && (order.GuestId == userId || order.House.OwnerId == userId))
            .Select(AsStored)
            .SingleOrDefaultAsync();
        return order?.AsOf(today);
    }

    /// <summary>One page of <paramref name="orders"/>, newest first, ties broken by the higher id.</summary>
    public static async Task<OrderPage> PageAsync(IQueryable<Order> orders, OrderPageRequest request, DateOnly today)
    {
        var totalCount = await orders.CountAsync();
        var items = request.Skip >= totalCount
            ? []
            : await orders
                .OrderByDescending(order => order.CreatedAt)
                .ThenByDescending(order => order.Id)
                .Skip((int)request.Skip)
                .Take(request.PageSize)
                .Select(AsStored)
                .ToListAsync();
        return OrderPage.Of(items.Select(order => order.AsOf(today)).ToList(), request, totalCount);
    }

    private static OrderResponse AsOf(this OrderResponse order, DateOnly today) =>
        order with { Status = OrderTransitions.EffectiveStatus(order.Status, order.CheckOut, today) };
}

using HomeRental.Api.Calendars;
using HomeRental.Api.Data;
using HomeRental.Api.Data.PostgreSql;
using HomeRental.Api.Houses;
using HomeRental.Api.Houses.SearchIndex;
using HomeRental.Api.Infrastructure.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HomeRental.Api.Orders;

/// <summary>
/// Every change to orders. Each one reads and writes inside one transaction of <see cref="IWriteTransactions"/>, so
/// concurrent bookings of the same nights, or concurrent actions on one order, cannot both succeed: each sees the
/// result of the one before, across every server process that shares the database.
/// </summary>
public sealed class OrderWorkflow(
    HomeRentalDbContext db,
    TimeProvider clock,
    HouseChanges houseChanges,
    IWriteTransactions writeTransactions,
    IPaymentProvider payments,
    IOptions<OrderOptions> options,
    ILogger<OrderWorkflow> logger)
{
    public async Task<Results<Created<OrderResponse>, ValidationProblem, ProblemHttpResult>> BookAsync(
        int guestId, CreateOrderRequest request)
    {
        var house = await db.Houses.AsNoTracking()
            .Where(house => house.Id == request.HouseId)
            .Select(house => new { house.OwnerId, house.PriceCents, house.MinNights, house.MaxNights, house.MaxGuests })
            .SingleOrDefaultAsync();
        if (house is null)
        {
            return HouseReading.NotFound(request.HouseId);
        }
        if (house.OwnerId == guestId)
        {
            return OrderProblems.OwnHouseBooking();
        }

        var guests = request.Guests ?? 1;
        if (guests > house.MaxGuests)
        {
            return ApiProblems.Validation("guests", $"This home takes at most {house.MaxGuests} guests.");
        }

        var now = Moment.Of(clock);
        var stay = StayRules.Check(request.CheckIn, request.CheckOut, now.Today, house.MinNights, house.MaxNights, options.Value.StayLimits);
        if (!stay.IsAllowed)
        {
            return ApiProblems.Validation(stay.ErrorsByField().ToDictionary(), stay.Errors[0].Message);
        }

        var order = new Order
        {
            GuestId = guestId,
            HouseId = request.HouseId,
            CheckIn = request.CheckIn,
            CheckOut = request.CheckOut,
            Nights = stay.Nights,
            Guests = guests,
            PricePerNightCents = house.PriceCents,
            TotalAmountCents = StayRules.TotalCents(stay.Nights, house.PriceCents),
            Status = OrderStatus.Pending,
            ExpiresAt = OrderLapse.ExpiryFor(OrderStatus.Pending, now.UtcNow, options.Value),
            Notes = OrderText.Clean(request.Notes),
        };
        await using (var transaction = await writeTransactions.BeginAsync(db.Database))
        {
            await writeTransactions.LockHouseAsync(db.Database, order.HouseId);
            if (await TakenNights.AnyAsync(db, order.HouseId, order.CheckIn, order.CheckOut, now.UtcNow))
            {
                return OrderProblems.NightsTaken();
            }
            // Requests of this house that have lapsed but are still stored as waiting would otherwise keep their
            // nights in PostgreSQL's exclusion constraint.
            await OrderLapse.StoreAsync(db.Orders.Where(held => held.HouseId == order.HouseId), now.UtcNow);
            db.Orders.Add(order);
            houseChanges.Record(db, order.HouseId);
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateException exception) when (StayOverlap.IsViolatedBy(exception))
            {
                return OrderProblems.NightsTaken();
            }
            await transaction.CommitAsync();
        }

        await houseChanges.AnnounceAsync();
        var created = await OrderReads.FindVisibleAsync(db, order.Id, guestId, now);
        return TypedResults.Created($"/api/v1.0/orders/{order.Id}", created!);
    }

    public Task<Results<Ok<OrderResponse>, ProblemHttpResult>> AcceptAsync(int orderId, int hostId) =>
        TransitionAsync(orderId, hostId, OrderParty.Host, OrderAction.Accept);

    public Task<Results<Ok<OrderResponse>, ProblemHttpResult>> RejectAsync(int orderId, int hostId, string reason) =>
        TransitionAsync(orderId, hostId, OrderParty.Host, OrderAction.Reject, order =>
        {
            order.Comment = OrderText.Clean(reason);
            return Task.CompletedTask;
        });

    public Task<Results<Ok<OrderResponse>, ProblemHttpResult>> PayAsync(int orderId, int guestId) =>
        TransitionAsync(orderId, guestId, OrderParty.Guest, OrderAction.Pay, ChargeAndCountBookingAsync);

    public Task<Results<Ok<OrderResponse>, ProblemHttpResult>> CancelAsync(int orderId, int guestId) =>
        TransitionAsync(orderId, guestId, OrderParty.Guest, OrderAction.Cancel);

    public Task<Results<Ok<OrderResponse>, ProblemHttpResult>> ReviewAsync(int orderId, int guestId, string comment) =>
        TransitionAsync(orderId, guestId, OrderParty.Guest, OrderAction.Review, order =>
        {
            order.Comment = OrderText.Clean(comment);
            return Task.CompletedTask;
        });

    /// <summary>
    /// Applies <paramref name="action"/> if <paramref name="userId"/> is the <paramref name="actor"/> it belongs to and
    /// the order's status allows it, together with <paramref name="effect"/>; otherwise changes nothing.
    /// A stranger to the order gets the same 404 as for an unknown order, so order ids reveal nothing;
    /// the order's other party gets 403.
    /// </summary>
    private async Task<Results<Ok<OrderResponse>, ProblemHttpResult>> TransitionAsync(
        int orderId, int userId, OrderParty actor, OrderAction action, Func<Order, Task>? effect = null)
    {
        var now = Moment.Of(clock);
        await using (var transaction = await writeTransactions.BeginAsync(db.Database))
        {
            var found = await writeTransactions.LockOrder(db.Orders, orderId)
                .Select(order => new { Order = order, HostId = order.House.OwnerId })
                .SingleOrDefaultAsync();
            var party = found is null ? (OrderParty?)null
                : found.Order.GuestId == userId ? OrderParty.Guest
                : found.HostId == userId ? OrderParty.Host
                : null;
            if (party is null)
            {
                return OrderProblems.NoSuchOrder();
            }
            if (party != actor)
            {
                return OrderProblems.WrongParty(actor);
            }

            var order = found!.Order;
            var status = OrderTransitions.EffectiveStatus(order.Status, order.CheckOut, order.ExpiresAt, now);
            if (!OrderTransitions.TryApply(status, action, out var next))
            {
                return OrderProblems.NotAllowedIn(status);
            }
            if (effect is not null)
            {
                await effect(order);
            }
            order.Status = next;
            order.ExpiresAt = OrderLapse.ExpiryFor(next, now.UtcNow, options.Value);
            houseChanges.Record(db, order.HouseId);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        await houseChanges.AnnounceAsync();
        var updated = await OrderReads.FindVisibleAsync(db, orderId, userId, now);
        return TypedResults.Ok(updated!);
    }

    private async Task ChargeAndCountBookingAsync(Order order)
    {
        // Charged while the transaction holds the write lock, so no cancellation can slip in between the status
        // check and the charge. The sandbox answers at once; a real provider would be called outside the lock.
        var receipt = await payments.ChargeAsync(new PaymentCharge(order.Id, order.GuestId, order.TotalAmountCents));
        logger.LogInformation("Charged {AmountCents} cents for order {OrderId} through {PaymentProvider}, reference {PaymentReference}",
            order.TotalAmountCents, order.Id, payments.Name, receipt.Reference);

        // An increment in the database: a booking is not an edit of the house, so its UpdatedAt stays.
        await db.Houses.Where(house => house.Id == order.HouseId)
            .ExecuteUpdateAsync(house => house.SetProperty(h => h.BookingCount, h => h.BookingCount + 1));
    }
}

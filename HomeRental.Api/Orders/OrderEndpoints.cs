using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using HomeRental.Api.Data;
using HomeRental.Api.Houses;
using HomeRental.Api.Infrastructure.Paging;
using HomeRental.Api.Infrastructure.Problems;
using HomeRental.Api.Infrastructure.Validation;
using HomeRental.Api.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Orders;

public static class OrderEndpoints
{
    public const string GuestRole = "guest";
    public const string HostRole = "host";

    private const string WhoMaySee =
        "Only the order's guest and the host of its house see it: for anyone else the order does not exist (404 order_not_found). ";

    public static RouteGroupBuilder MapOrders(this RouteGroupBuilder api)
    {
        var orders = api.MapGroup("/orders").WithTags("Orders").RequireAuthorization();

        orders.MapPost("/", Create)
            .WithValidation<CreateOrderRequest>()
            .WithName("CreateOrder")
            .WithSummary("Books a house for free nights; the order waits for the host (PENDING).")
            .WithDescription("Nights, price per night (the house's price now) and total are computed here. " +
                             "400 validation_failed for a check-in before today, a check-out not after check-in or a stay " +
                             "outside the house's minNights/maxNights; 404 house_not_found; 403 own_house; " +
                             "409 dates_unavailable when an active order holds any of the nights.")
            .ProducesProblems(OrderProblems.OwnHouse, HouseEndpoints.HouseNotFound, OrderProblems.DatesUnavailable);

        orders.MapGet("/{id:int}", Get)
            .WithName("GetOrder")
            .WithSummary("One order, to its guest or its host.")
            .WithDescription(WhoMaySee)
            .ProducesProblems(OrderProblems.OrderNotFound);

        orders.MapPut("/{id:int}/status", ChangeStatus)
            .WithValidation<ChangeOrderStatusRequest>()
            .WithName("ChangeOrderStatus")
            .WithSummary("The host accepts (PENDING → UNPAID) or rejects (PENDING → REJECTED, reason kept as comment).")
            .WithDescription(WhoMaySee + "403 forbidden for the guest; 409 invalid_order_state unless the order is PENDING.")
            .ProducesTransitionProblems();

        orders.MapPost("/{id:int}/payment", Pay)
            .WithName("PayOrder")
            .WithSummary("The guest pays an accepted order (UNPAID → PAID) through the Sandbox payment provider, which moves no money.")
            .WithDescription("Payments run through the configured payment provider; the only one today is Sandbox, which " +
                             "moves no money and approves every payment. The house's bookingCount goes up by one. " +
                             WhoMaySee + "403 forbidden for the host; 409 invalid_order_state unless the order is UNPAID.")
            .ProducesTransitionProblems();

        orders.MapPost("/{id:int}/cancellation", Cancel)
            .WithName("CancelOrder")
            .WithSummary("The guest cancels an order that is PENDING or UNPAID (→ CANCELLED).")
            .WithDescription(WhoMaySee + "403 forbidden for the host; 409 invalid_order_state in any other status.")
            .ProducesTransitionProblems();

        orders.MapPut("/{id:int}/review", Review)
            .WithValidation<ReviewOrderRequest>()
            .WithName("ReviewOrder")
            .WithSummary("The guest reviews a finished stay (REVIEW_PENDING → COMPLETED); the comment shows on the house.")
            .WithDescription("A PAID order becomes REVIEW_PENDING once its check-out date has come. " +
                             WhoMaySee + "403 forbidden for the host; 409 invalid_order_state unless the order is REVIEW_PENDING.")
            .ProducesTransitionProblems();

        api.MapGet("/users/me/orders", ListMine)
            .RequireAuthorization()
            .WithValidation<PageRequest>()
            .WithTags("Orders")
            .WithName("ListMyOrders")
            .WithSummary("A page of the orders the caller made (role=guest, the default) or received as a host (role=host), newest first.")
            .WithDescription("page starts at 1; pageSize is 1 to 50, 10 by default; a page beyond the end has no items and the true totals. " +
                             "400 validation_failed for another role or a page outside these limits.")
            .ProducesProblems(ProblemCodes.ValidationFailed);
        return api;
    }

    private static Task<Results<Created<OrderResponse>, ValidationProblem, ProblemHttpResult>> Create(
        CreateOrderRequest request, HttpContext context, OrderWorkflow workflow) =>
        workflow.BookAsync(context.User.GetUserId(), request);

    private static async Task<Results<Ok<OrderResponse>, ProblemHttpResult>> Get(
        int id, HttpContext context, HomeRentalDbContext db, TimeProvider clock)
    {
        var order = await OrderReads.FindVisibleAsync(db, id, context.User.GetUserId(), Moment.Of(clock));
        return order is null ? OrderProblems.NoSuchOrder() : TypedResults.Ok(order);
    }

    private static Task<Results<Ok<OrderResponse>, ProblemHttpResult>> ChangeStatus(
        int id, ChangeOrderStatusRequest request, HttpContext context, OrderWorkflow workflow) =>
        request.Action == ChangeOrderStatusRequest.Accept
            ? workflow.AcceptAsync(id, context.User.GetUserId())
            : workflow.RejectAsync(id, context.User.GetUserId(), request.Reason!);

    private static Task<Results<Ok<OrderResponse>, ProblemHttpResult>> Pay(int id, HttpContext context, OrderWorkflow workflow) =>
        workflow.PayAsync(id, context.User.GetUserId());

    private static Task<Results<Ok<OrderResponse>, ProblemHttpResult>> Cancel(int id, HttpContext context, OrderWorkflow workflow) =>
        workflow.CancelAsync(id, context.User.GetUserId());

    private static Task<Results<Ok<OrderResponse>, ProblemHttpResult>> Review(
        int id, ReviewOrderRequest request, HttpContext context, OrderWorkflow workflow) =>
        workflow.ReviewAsync(id, context.User.GetUserId(), request.Comment);

    private static async Task<Results<Ok<PagedList<OrderResponse>>, ValidationProblem>> ListMine(
        [AsParameters] PageRequest page, HttpContext context, HomeRentalDbContext db, TimeProvider clock,
        [Description("guest (the default): orders the caller made; host: orders for the caller's houses."), AllowedValues(GuestRole, HostRole)]
        string role = GuestRole)
    {
        if (role is not (GuestRole or HostRole))
        {
            return ApiProblems.Validation("role", $"role must be '{GuestRole}' or '{HostRole}'.");
        }

        var userId = context.User.GetUserId();
        var orders = role == HostRole
            ? db.Orders.AsNoTracking().Where(order => order.House.OwnerId == userId)
            : db.Orders.AsNoTracking().Where(order => order.GuestId == userId);
        return TypedResults.Ok(await OrderReads.PageAsync(orders, page, Moment.Of(clock), context.RequestAborted));
    }

    private static RouteHandlerBuilder ProducesTransitionProblems(this RouteHandlerBuilder builder) =>
        builder
            .ProducesProblems(ProblemCodes.Forbidden, OrderProblems.OrderNotFound, OrderProblems.InvalidOrderState);
}

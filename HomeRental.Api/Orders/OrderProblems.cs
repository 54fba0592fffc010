using System.Text.Json;
using HomeRental.Api.Data;
using HomeRental.Api.Infrastructure.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HomeRental.Api.Orders;

/// <summary>The orders feature's problem codes (docs/API.md) and the problems that carry them.</summary>
public static class OrderProblems
{
    [ProblemCode(StatusCodes.Status403Forbidden, "the caller owns the house they try to book")]
    public const string OwnHouse = "own_house";
    [ProblemCode(StatusCodes.Status409Conflict, "one of the nights asked for is taken: by an order that holds nights, or (booking) by a block or an imported event")]
    public const string DatesUnavailable = "dates_unavailable";
    [ProblemCode(StatusCodes.Status404NotFound, "no such order, or the caller is neither its guest nor its host")]
    public const string OrderNotFound = "order_not_found";
    [ProblemCode(StatusCodes.Status409Conflict, "the order's status does not allow this action; `detail` names the status")]
    public const string InvalidOrderState = "invalid_order_state";

    public static ProblemHttpResult OwnHouseBooking() =>
        ApiProblems.Forbidden("You cannot book your own house.", OwnHouse);

    public static ProblemHttpResult NightsTaken() =>
        ApiProblems.Conflict(DatesUnavailable, "Some of these nights are not available. Choose other dates.");

    /// <summary>The answer for an unknown order and for one the caller is neither the guest nor the host of.</summary>
    public static ProblemHttpResult NoSuchOrder() => ApiProblems.NotFound(OrderNotFound, "There is no such order.");

    public static ProblemHttpResult WrongParty(OrderParty actor) =>
        ApiProblems.Forbidden(actor == OrderParty.Host
            ? "Only the host of the house can do this."
            : "Only the guest who made the order can do this.");

    /// <summary>Names the status as the API writes it, e.g. REVIEW_PENDING.</summary>
    public static ProblemHttpResult NotAllowedIn(OrderStatus status) =>
        ApiProblems.Conflict(InvalidOrderState, $"This cannot be done while the order is {JsonNamingPolicy.SnakeCaseUpper.ConvertName(status.ToString())}.");
}

using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using FluentValidation;
using HomeRental.Api.Houses;
using HomeRental.Api.Infrastructure.Validation;

namespace HomeRental.Api.Orders;

// The attributes describe the fields in the OpenAPI document; the validators below check them.
public sealed record CreateOrderRequest(
    [property: Required, Range(1, int.MaxValue)] int HouseId,
    [property: Required, Description("The first night, yyyy-MM-dd: today or later (the server's date).")] DateOnly CheckIn,
    [property: Required, Description("The day the guest leaves, yyyy-MM-dd: after check-in.")] DateOnly CheckOut,
    [property: StringLength(OrderText.MaxLength), Description("A message to the host, after trimming; blank becomes null.")] string? Notes,
    [property: Range(1, HouseRules.MaxGuests), Description("How many people stay: 1 when absent, at most the house's maxGuests.")] int? Guests = null);

public sealed record ChangeOrderStatusRequest(
    [property: AllowedValues(ChangeOrderStatusRequest.Accept, ChangeOrderStatusRequest.Reject)] string Action,
    [property: StringLength(OrderText.MaxLength),
               Description("Why the order is rejected: required to reject, ignored to accept; kept as the order's comment.")] string? Reason)
{
    public const string Accept = "accept";
    public const string Reject = "reject";
}

public sealed record ReviewOrderRequest(
    [property: StringLength(OrderText.MaxLength, MinimumLength = 1), Description("The review, after trimming; it shows on the house.")] string Comment);

public static class OrderText
{
    /// <summary>The longest notes, reason or review, as the Orders table keeps them.</summary>
    public const int MaxLength = 500;

    /// <summary>Trimmed text, or null when nothing is left.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static bool FitsLength(string? text) => (Clean(text)?.Length ?? 0) <= MaxLength;
}

public sealed class CreateOrderRequestValidator : AbstractValidator<CreateOrderRequest>
{
    public CreateOrderRequestValidator()
    {
        RuleFor(request => request.HouseId).GreaterThan(0).WithMessage("houseId is required: the id of the house to book.");
        RuleFor(request => request.CheckIn).NotEmpty().WithMessage("checkIn is required, as yyyy-MM-dd.");
        RuleFor(request => request.CheckOut).NotEmpty().WithMessage("checkOut is required, as yyyy-MM-dd.");
        RuleFor(request => request.Notes).Must(OrderText.FitsLength)
            .WithMessage($"Notes are at most {OrderText.MaxLength} characters long.")
            .NoControlCharacters("notes", allowLineBreaks: true);
        RuleFor(request => request.Guests).InclusiveBetween(1, HouseRules.MaxGuests).WithMessage($"guests must be 1 to {HouseRules.MaxGuests}.");
    }
}

public sealed class ChangeOrderStatusRequestValidator : AbstractValidator<ChangeOrderStatusRequest>
{
    public ChangeOrderStatusRequestValidator()
    {
        RuleFor(request => request.Action).Must(action => action is ChangeOrderStatusRequest.Accept or ChangeOrderStatusRequest.Reject)
            .WithMessage($"action must be '{ChangeOrderStatusRequest.Accept}' or '{ChangeOrderStatusRequest.Reject}'.");
        RuleFor(request => request.Reason)
            .Must(reason => OrderText.Clean(reason) is not null).WithMessage("A reason is required to reject an order.")
            .When(request => request.Action == ChangeOrderStatusRequest.Reject);
        RuleFor(request => request.Reason).Must(OrderText.FitsLength)
            .WithMessage($"The reason is at most {OrderText.MaxLength} characters long.")
            .NoControlCharacters("reason", allowLineBreaks: true);
    }
}

public sealed class ReviewOrderRequestValidator : AbstractValidator<ReviewOrderRequest>
{
    public ReviewOrderRequestValidator() =>
        RuleFor(request => request.Comment)
            .Must(comment => OrderText.Clean(comment) is not null).WithMessage("The review comment is required.")
            .Must(OrderText.FitsLength).WithMessage($"The review comment is at most {OrderText.MaxLength} characters long.")
            .NoControlCharacters("review comment", allowLineBreaks: true);
}

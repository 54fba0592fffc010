using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using FluentValidation;
using HomeRental.Api.Data.Configurations;
using HomeRental.Api.Infrastructure.Validation;

namespace HomeRental.Api.Calendars;

// The attributes describe the fields in the OpenAPI document; the validator below checks them.
public sealed record CreateBlockRequest(
    [property: Required, Description("The first blocked night, yyyy-MM-dd: today or later.")] DateOnly CheckIn,
    [property: Required, Description("The first night free again, yyyy-MM-dd: after checkIn.")] DateOnly CheckOut,
    [property: StringLength(CalendarBlockConfiguration.NoteMaxLength), Description("The host's own note, after trimming; only the host sees it.")]
    string? Note);

public sealed record BlockResponse(int Id, DateOnly CheckIn, DateOnly CheckOut, string? Note, DateTime CreatedAt);

public sealed class CreateBlockRequestValidator : AbstractValidator<CreateBlockRequest>
{
    public CreateBlockRequestValidator()
    {
        RuleFor(request => request.CheckIn).NotEmpty().WithMessage("checkIn is required, as yyyy-MM-dd.");
        RuleFor(request => request.CheckOut).NotEmpty().WithMessage("checkOut is required, as yyyy-MM-dd.");
        RuleFor(request => request.Note)
            .Must(note => (note?.Trim().Length ?? 0) <= CalendarBlockConfiguration.NoteMaxLength)
            .WithMessage($"The note is at most {CalendarBlockConfiguration.NoteMaxLength} characters long.")
            .NoControlCharacters("note");
    }
}

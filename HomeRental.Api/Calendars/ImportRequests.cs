using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using FluentValidation;
using HomeRental.Api.Data;
using HomeRental.Api.Data.Configurations;
using HomeRental.Api.Infrastructure.Validation;

namespace HomeRental.Api.Calendars;

// The attributes describe the fields in the OpenAPI document; the validator below checks them.
public sealed record CreateImportRequest(
    [property: Required, StringLength(CalendarImportConfiguration.NameMaxLength, MinimumLength = 1),
               Description("What the host calls the other calendar, such as the other site's name; trimmed.")] string Name,
    [property: Required, StringLength(CalendarImportConfiguration.UrlMaxLength),
               Description("The other site's iCal export link, http or https, on a public address.")] string Url);

public sealed record CalendarImportResponse(
    int Id,
    string Name,
    string Url,
    [property: Description("When the feed was last read successfully (UTC); null until it has been.")] DateTime? LastSyncedAt,
    [property: Description("Why the last reading failed, in words for the host; null when it succeeded. The events of the last good reading are kept.")]
    string? LastError,
    [property: Description("How many events of the feed take nights from today on, recurring ones counted once per occurrence.")] int EventCount)
{
    public static CalendarImportResponse From(CalendarImport import) =>
        new(import.Id, import.Name, import.Url, import.LastSyncedAt, import.LastError, import.EventCount);
}

/// <summary>What an import address must look like before it is ever fetched.</summary>
public static class CalendarImportUrl
{
    public static bool IsWebAddress(Uri uri) => uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    public static bool IsValid(string? url) =>
        url is { Length: > 0 and <= CalendarImportConfiguration.UrlMaxLength }
        && Uri.TryCreate(url, UriKind.Absolute, out var uri) && IsWebAddress(uri) && uri.Host.Length > 0;
}

public sealed class CreateImportRequestValidator : AbstractValidator<CreateImportRequest>
{
    public CreateImportRequestValidator()
    {
        RuleFor(request => request.Name)
            .Must(name => name?.Trim().Length is > 0 and <= CalendarImportConfiguration.NameMaxLength)
            .WithMessage($"The name is required, at most {CalendarImportConfiguration.NameMaxLength} characters long.")
            .NoControlCharacters("name");
        RuleFor(request => request.Url)
            .Must(CalendarImportUrl.IsValid)
            .WithMessage($"The url must be an http or https address of at most {CalendarImportConfiguration.UrlMaxLength} characters.");
    }
}

using FluentValidation;

namespace HomeRental.Api.Infrastructure.Validation;

/// <summary>Field rules that several requests share, so each is written once.</summary>
public static class CommonRules
{
    public const int PasswordMinLength = 8;
    public const int PasswordMaxLength = 128;
    public const int UsernameMinLength = 2;
    public const int UsernameMaxLength = 32;

    public static IRuleBuilderOptions<T, string> MainlandMobile<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Phone is required.")
            .Matches(InputPatterns.MainlandMobile()).WithMessage("Phone must be an 11-digit mainland China mobile number, such as 13812345678.");

    public static IRuleBuilderOptions<T, string> Password<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Password is required.")
            .Length(PasswordMinLength, PasswordMaxLength)
            .WithMessage($"Password must be {PasswordMinLength} to {PasswordMaxLength} characters long.");

    public static IRuleBuilderOptions<T, string?> Username<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(username => username is not null && username.Trim().Length is >= UsernameMinLength and <= UsernameMaxLength)
            .WithMessage($"Username must be {UsernameMinLength} to {UsernameMaxLength} characters long.")
            .Must(username => username is null || !InputPatterns.ContainsMainlandMobile().IsMatch(username))
            .WithMessage("Username cannot contain a phone number: everyone who sees your homes or trips sees it.")
            .NoControlCharacters("username");

    /// <summary>
    /// Refuses the control characters of a free text (a NUL, an escape, a tab, ...); a multi-line text may keep its
    /// line breaks.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> NoControlCharacters<T>(
        this IRuleBuilder<T, string?> rule, string field, bool allowLineBreaks = false) =>
        rule.Must(text => text is null || !text.Any(character => char.IsControl(character) && !(allowLineBreaks && (character is '\r' or '\n'))))
            .WithMessage(allowLineBreaks
                ? $"The {field} cannot contain control characters other than line breaks."
                : $"The {field} cannot contain control characters.");
}

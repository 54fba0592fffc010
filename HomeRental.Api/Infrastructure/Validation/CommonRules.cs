using FluentValidation;

namespace HomeRental.Api.Infrastructure.Validation;

/// <summary>Field rules that several requests share, so each is written once.</summary>
public static class CommonRules
{
    public const string MainlandMobilePattern = @"^1[3-9]\d{9}$";
    public const int PasswordMinLength = 8;
    public const int PasswordMaxLength = 128;
    public const int UsernameMaxLength = 32;

    public static IRuleBuilderOptions<T, string> MainlandMobile<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Phone is required.")
            .Matches(MainlandMobilePattern).WithMessage("Phone must be an 11-digit mainland China mobile number, such as 13812345678.");

    public static IRuleBuilderOptions<T, string> Password<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Password is required.")
            .Length(PasswordMinLength, PasswordMaxLength)
            .WithMessage($"Password must be {PasswordMinLength} to {PasswordMaxLength} characters long.");

    public static IRuleBuilderOptions<T, string?> Username<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(username => username is not null && username.Trim().Length is >= 2 and <= UsernameMaxLength)
            .WithMessage($"Username must be 2 to {UsernameMaxLength} characters long.")
            .Must(username => username is null || !username.Any(char.IsControl))
            .WithMessage("Username cannot contain control characters.");
}

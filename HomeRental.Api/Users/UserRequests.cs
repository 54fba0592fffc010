using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using FluentValidation;
using HomeRental.Api.Infrastructure.Validation;

namespace HomeRental.Api.Users;

// The attributes describe the fields in the OpenAPI document; the validators below check them.
public sealed record RegisterRequest(
    [property: RegularExpression(InputPatterns.MainlandMobilePattern)] string Phone,
    [property: RegularExpression(InputPatterns.SmsCodePattern), Description("The 6-digit code sent to the phone.")] string SmsCode,
    [property: StringLength(CommonRules.PasswordMaxLength, MinimumLength = CommonRules.PasswordMinLength)] string Password,
    [property: StringLength(CommonRules.UsernameMaxLength, MinimumLength = CommonRules.UsernameMinLength),
               Description("After trimming; no phone number in it. Absent or null: a generated name such as CalmHeron417.")] string? Username);

public sealed record UpdateProfileRequest(
    [property: Required, StringLength(CommonRules.UsernameMaxLength, MinimumLength = CommonRules.UsernameMinLength),
               Description("After trimming; no phone number in it.")] string? Username);

public sealed record SetIdentityRequest(
    [property: StringLength(SetIdentityRequest.RealNameMaxLength, MinimumLength = SetIdentityRequest.RealNameMinLength),
               Description("After trimming.")] string RealName,
    [property: StringLength(IdentityNumber.Length, MinimumLength = IdentityNumber.Length),
               Description("17 digits, then a check digit or X (either case).")] string IdNumber)
{
    public const int RealNameMinLength = 2;
    public const int RealNameMaxLength = 32;
}

public sealed class RegisterRequestValidator : AbstractValidator<RegisterRequest>
{
    public RegisterRequestValidator()
    {
        RuleFor(request => request.Phone).MainlandMobile();
        RuleFor(request => request.SmsCode).NotEmpty().WithMessage("The SMS code is required.")
            .Matches(InputPatterns.SmsCode()).WithMessage("The SMS code is 6 digits.");
        RuleFor(request => request.Password).Password();
        RuleFor(request => request.Username).Username().When(request => request.Username is not null);
    }
}

public sealed class UpdateProfileRequestValidator : AbstractValidator<UpdateProfileRequest>
{
    public UpdateProfileRequestValidator() => RuleFor(request => request.Username).Username();
}

public sealed class SetIdentityRequestValidator : AbstractValidator<SetIdentityRequest>
{
    public SetIdentityRequestValidator()
    {
        RuleFor(request => request.RealName)
            .Must(name => name is not null && name.Trim().Length is >= SetIdentityRequest.RealNameMinLength and <= SetIdentityRequest.RealNameMaxLength)
            .WithMessage($"The real name must be {SetIdentityRequest.RealNameMinLength} to {SetIdentityRequest.RealNameMaxLength} characters long.")
            .NoControlCharacters("real name");
        RuleFor(request => request.IdNumber)
            .Must(IdentityNumber.IsValid)
            .WithMessage("The identity number must be 18 characters with a valid check digit.");
    }
}

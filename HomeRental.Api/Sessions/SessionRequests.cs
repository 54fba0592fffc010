using System.ComponentModel.DataAnnotations;
using FluentValidation;
using HomeRental.Api.Infrastructure.Validation;

namespace HomeRental.Api.Sessions;

// The attributes describe the fields in the OpenAPI document; the validator below checks them.
public sealed record SignInRequest(
    [property: RegularExpression(InputPatterns.MainlandMobilePattern)] string Phone,
    [property: StringLength(CommonRules.PasswordMaxLength, MinimumLength = 1)] string Password);

public sealed class SignInRequestValidator : AbstractValidator<SignInRequest>
{
    public SignInRequestValidator()
    {
        RuleFor(request => request.Phone).MainlandMobile();
        RuleFor(request => request.Password).NotEmpty().WithMessage("Password is required.")
            .MaximumLength(CommonRules.PasswordMaxLength).WithMessage($"Password is at most {CommonRules.PasswordMaxLength} characters long.");
    }
}

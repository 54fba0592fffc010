using FluentValidation;
using HomeRental.Api.Infrastructure.Validation;

namespace HomeRental.Api.Sessions;

public sealed record SignInRequest(string Phone, string Password);

public sealed class SignInRequestValidator : AbstractValidator<SignInRequest>
{
    public SignInRequestValidator()
    {
        RuleFor(request => request.Phone).MainlandMobile();
        RuleFor(request => request.Password).NotEmpty().WithMessage("Password is required.")
            .MaximumLength(CommonRules.PasswordMaxLength).WithMessage($"Password is at most {CommonRules.PasswordMaxLength} characters long.");
    }
}

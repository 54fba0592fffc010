using FluentValidation;
using HomeRental.Api.Infrastructure.Validation;

namespace HomeRental.Api.Users;

public sealed record RegisterRequest(string Phone, string SmsCode, string Password, string? Username);

public sealed record UpdateProfileRequest(string? Username);

public sealed record SetIdentityRequest(string RealName, string IdNumber);

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
            .Must(name => name is not null && name.Trim().Length is >= 2 and <= 32)
            .WithMessage("The real name must be 2 to 32 characters long.")
            .NoControlCharacters("real name");
        RuleFor(request => request.IdNumber)
            .Must(IdentityNumber.IsValid)
            .WithMessage("The identity number must be 18 characters with a valid check digit.");
    }
}

using FluentValidation;
using HomeRental.Api.Captchas;
using HomeRental.Api.Infrastructure.Validation;

namespace HomeRental.Api.SmsCodes;

public sealed record SendSmsCodeRequest(string Phone, string CaptchaId, string CaptchaText);

public sealed class SendSmsCodeRequestValidator : AbstractValidator<SendSmsCodeRequest>
{
    public SendSmsCodeRequestValidator()
    {
        RuleFor(request => request.Phone).MainlandMobile();
        RuleFor(request => request.CaptchaId).CaptchaId();
        RuleFor(request => request.CaptchaText).NotEmpty().WithMessage("Type the characters shown in the captcha.")
            .MaximumLength(16).WithMessage("The captcha text is too long.");
    }
}

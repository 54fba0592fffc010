using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using FluentValidation;
using HomeRental.Api.Captchas;
using HomeRental.Api.Infrastructure.Validation;

namespace HomeRental.Api.SmsCodes;

// The attributes describe the fields in the OpenAPI document; the validator below checks them.
public sealed record SendSmsCodeRequest(
    [property: RegularExpression(InputPatterns.MainlandMobilePattern), Description("A mainland China mobile number, 11 digits.")] string Phone,
    [property: RegularExpression(CaptchaCheck.IdPattern), Description("The id the captcha image was loaded with.")] string CaptchaId,
    [property: StringLength(16, MinimumLength = 1), Description("The characters of the image; case and surrounding spaces are ignored.")] string CaptchaText);

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

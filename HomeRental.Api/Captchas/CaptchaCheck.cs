using FluentValidation;
using HomeRental.Api.Infrastructure.Problems;
using HomeRental.Api.Infrastructure.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HomeRental.Api.Captchas;

/// <summary>The captcha's store key and the one-shot check of an answer.</summary>
public static class CaptchaCheck
{
    [ProblemCode(StatusCodes.Status400BadRequest, "the captcha text does not match (the captcha is used up all the same)")]
    public const string CaptchaInvalid = "captcha_invalid";
    [ProblemCode(StatusCodes.Status400BadRequest, "no captcha under this id: never loaded, older than 180 s or already used")]
    public const string CaptchaExpired = "captcha_expired";
    public const string IdPattern = @"^[A-Za-z0-9-]{8,64}\z";
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(180);

    public static string Key(string captchaId) => $"captcha:{captchaId}";

    /// <summary>Deletes the captcha whatever the answer, so each image allows one guess; null when the answer is right.</summary>
    public static async Task<ProblemHttpResult?> ConsumeAsync(IKeyValueStore store, string captchaId, string answer)
    {
        var expected = await store.GetAndDeleteAsync(Key(captchaId));
        if (expected is null)
        {
            return ApiProblems.BadRequest(CaptchaExpired, "The captcha has expired. Load a new one and try again.");
        }
        return string.Equals(expected, answer.Trim(), StringComparison.OrdinalIgnoreCase)
            ? null
            : ApiProblems.BadRequest(CaptchaInvalid, "The captcha text does not match. Load a new one and try again.");
    }

    public static IRuleBuilderOptions<T, string> CaptchaId<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("The captcha id is required.")
            .Matches(IdPattern).WithMessage("The captcha id must be 8 to 64 letters, digits or dashes (a UUID).");
}

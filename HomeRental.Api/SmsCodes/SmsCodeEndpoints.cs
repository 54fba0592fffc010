using System.Security.Cryptography;
using HomeRental.Api.Captchas;
using HomeRental.Api.Infrastructure.Http;
using HomeRental.Api.Infrastructure.Problems;
using HomeRental.Api.Infrastructure.Security;
using HomeRental.Api.Infrastructure.Store;
using HomeRental.Api.Infrastructure.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HomeRental.Api.SmsCodes;

public static class SmsCodeEndpoints
{
    [ProblemCode(StatusCodes.Status429TooManyRequests, "a code went to this phone less than 60 s ago; `Retry-After` gives the seconds left")]
    public const string SmsTooFrequent = "sms_too_frequent";
    [ProblemCode(StatusCodes.Status502BadGateway, "the SMS provider refused or timed out; nothing is kept, so ask again at once")]
    public const string SmsProviderError = "sms_provider_error";

    public static RouteGroupBuilder MapSmsCodes(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/sms-codes").WithTags("SMS codes");
        group.MapPost("/", SendCode)
            .RequireRateLimiting(RateLimiting.SmsPolicy)
            .WithValidation<SendSmsCodeRequest>()
            .WithName("SendSmsCode")
            .WithSummary("Sends a 6-digit verification code to a phone, after the captcha check.")
            .WithDescription("The captcha is deleted on the first attempt, right or wrong. One code per phone per 60 s; a code lives 300 s.")
            .ProducesProblems(CaptchaCheck.CaptchaExpired, CaptchaCheck.CaptchaInvalid, SmsTooFrequent, SmsProviderError);
        return api;
    }

    private static async Task<Results<Accepted<SmsCodeSent>, ProblemHttpResult>> SendCode(
        SendSmsCodeRequest request, IKeyValueStore store, ISmsSender sender, HttpContext context)
    {
        var captchaProblem = await CaptchaCheck.ConsumeAsync(store, request.CaptchaId, request.CaptchaText);
        if (captchaProblem is not null)
        {
            return captchaProblem;
        }

        if (!await store.SetIfAbsentAsync(SmsCodeKeys.Sent(request.Phone), "1", SmsCodeKeys.ResendInterval))
        {
            var wait = await store.GetTimeToLiveAsync(SmsCodeKeys.Sent(request.Phone)) ?? SmsCodeKeys.ResendInterval;
            var seconds = context.Response.SetRetryAfter(wait);
            return ApiProblems.Problem(StatusCodes.Status429TooManyRequests, SmsTooFrequent,
                $"A code was just sent to this phone. You can ask for another in {seconds} s.");
        }

        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");
        await store.SetAsync(SmsCodeKeys.Code(request.Phone), code, SmsCodeKeys.CodeLifetime);
        try
        {
            await sender.SendCodeAsync(request.Phone, code, context.RequestAborted);
        }
        catch (SmsProviderException)
        {
            // Nothing reached the phone: forget the code and let the person try again at once.
            await store.DeleteAsync(SmsCodeKeys.Code(request.Phone));
            await store.DeleteAsync(SmsCodeKeys.Sent(request.Phone));
            return ApiProblems.Problem(StatusCodes.Status502BadGateway, SmsProviderError,
                "The text message could not be sent. Please try again in a moment.");
        }

        return TypedResults.Accepted((string?)null,
            new SmsCodeSent((int)SmsCodeKeys.CodeLifetime.TotalSeconds, (int)SmsCodeKeys.ResendInterval.TotalSeconds));
    }
}

public sealed record SmsCodeSent(int ExpiresInSeconds, int ResendAfterSeconds);

using System.Text.RegularExpressions;
using HomeRental.Api.Infrastructure.Problems;
using HomeRental.Api.Infrastructure.Security;
using HomeRental.Api.Infrastructure.Store;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace HomeRental.Api.Captchas;

public static partial class CaptchaEndpoints
{
    public static RouteGroupBuilder MapCaptchas(this RouteGroupBuilder api)
    {
        api.MapGet("/captchas/{captchaId}", GetCaptcha)
            .RequireRateLimiting(RateLimiting.CaptchaPolicy)
            .WithTags("Captchas")
            .WithName("GetCaptcha")
            .WithSummary("Renders a new captcha image for the id and remembers its text for 180 s.")
            .WithDescription("Use a fresh UUID per image. Asking again with the same id replaces the text.")
            .Produces(StatusCodes.Status200OK, contentType: "image/png")
            .ProducesProblems(ProblemCodes.ValidationFailed);
        return api;
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> GetCaptcha(
        string captchaId, IKeyValueStore store, ICaptchaRenderer renderer, IOptions<CaptchaOptions> options, ILoggerFactory loggers,
        HttpContext context)
    {
        if (!CaptchaIdFormat().IsMatch(captchaId))
        {
            return ApiProblems.Validation("captchaId", "The captcha id must be 8 to 64 letters, digits or dashes (a UUID).");
        }

        var text = CaptchaText.Generate();
        await store.SetAsync(CaptchaCheck.Key(captchaId), text, CaptchaCheck.Lifetime);
        if (options.Value.LogTexts)
        {
            LogText(loggers.CreateLogger(typeof(CaptchaEndpoints)), captchaId, text);
        }
        context.Response.Headers[HeaderNames.CacheControl] = "no-store";
        return TypedResults.File(renderer.RenderPng(text), "image/png");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Captcha {CaptchaId} reads {CaptchaText} (Captchas:LogTexts, Development only)")]
    private static partial void LogText(ILogger logger, string captchaId, string captchaText);

    [GeneratedRegex(CaptchaCheck.IdPattern, Infrastructure.Validation.InputPatterns.Options)]
    private static partial Regex CaptchaIdFormat();
}

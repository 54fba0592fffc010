using System.Threading.RateLimiting;
using HomeRental.Api.Infrastructure.Http;
using HomeRental.Api.Infrastructure.Problems;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace HomeRental.Api.Infrastructure.Security;

/// <summary>Per-address limits on the endpoints that cost something to abuse: captcha images, SMS and sign-in.</summary>
public static class RateLimiting
{
    public const string CaptchaPolicy = "captcha";
    public const string SmsPolicy = "sms";
    public const string SignInPolicy = "sign-in";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddApiRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>()
            .BindConfiguration(RateLimitOptions.SectionName)
            .Validate(limits => limits is { Captcha: >= 0, Sms: >= 0, SignIn: >= 0 },
                $"{RateLimitOptions.SectionName} limits are permits per minute: 0 or more.")
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((options, configured) =>
        {
            var limits = configured.Value;
            AddPerAddressPolicy(options, CaptchaPolicy, limits.Captcha);
            AddPerAddressPolicy(options, SmsPolicy, limits.Sms);
            AddPerAddressPolicy(options, SignInPolicy, limits.SignIn);
            options.OnRejected = async (context, _) =>
            {
                var seconds = context.HttpContext.Response.SetRetryAfter(
                    context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window);
                await context.HttpContext.WriteProblemAsync(StatusCodes.Status429TooManyRequests, ProblemCodes.TooManyRequests,
                    $"Too many requests from your address. Try again in {seconds} s.");
            };
        });
        return services;
    }

    private static void AddPerAddressPolicy(RateLimiterOptions options, string policy, int permitsPerMinute) =>
        options.AddPolicy(policy, context => permitsPerMinute == 0
            ? RateLimitPartition.GetNoLimiter(string.Empty)
            : RateLimitPartition.GetFixedWindowLimiter(
                context.ClientAddress(),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = Window, QueueLimit = 0 }));
}

namespace HomeRental.Api.Infrastructure.Security;

/// <summary>Requests per minute per client address; 0 turns a limit off. The defaults are far above what a person does.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    public int Captcha { get; set; } = 120;
    public int Sms { get; set; } = 30;
    public int SignIn { get; set; } = 60;
}

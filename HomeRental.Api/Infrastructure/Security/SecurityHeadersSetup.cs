namespace HomeRental.Api.Infrastructure.Security;

public static class SecurityHeadersSetup
{
    /// <summary>The <see cref="SecurityHeaders"/>, with the Strict-Transport-Security options checked at start-up.</summary>
    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services)
    {
        services.AddOptions<StrictTransportSecurityOptions>()
            .BindConfiguration(StrictTransportSecurityOptions.SectionName)
            .Validate(options => options.MaxAgeDays is >= 0 and <= StrictTransportSecurityOptions.LongestMaxAgeDays,
                $"{StrictTransportSecurityOptions.SectionName}:MaxAgeDays must be 0 to {StrictTransportSecurityOptions.LongestMaxAgeDays} " +
                "days (0 tells browsers to forget the policy).")
            .ValidateOnStart();
        services.AddSingleton<SecurityHeaders>();
        return services.AddKestrelAnswerHeaders();
    }
}

using Microsoft.Extensions.Options;

namespace HomeRental.Api.SmsCodes;

public static class SmsServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates the <c>Sms</c> section (checked at start-up) and registers <see cref="ISmsSender"/>
    /// as the sender that <c>Sms:Provider</c> names.
    /// </summary>
    public static IServiceCollection AddSms(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmsOptions>()
            .Bind(configuration.GetSection(SmsOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SmsOptions>, SmsOptionsValidator>();

        services.AddSingleton<LogSmsSender>();
        services.AddHttpClient<VonageSmsSender>((provider, client) =>
        {
            var baseUrl = provider.GetRequiredService<IOptions<SmsOptions>>().Value.Vonage.BaseUrl;
            // Without the trailing slash a relative path would replace the base URL's last segment.
            client.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
        });

        // Chosen when first resolved rather than now, so configuration added later (tests, hosting) still counts.
        services.AddTransient<ISmsSender>(provider =>
            provider.GetRequiredService<IOptions<SmsOptions>>().Value.UsesVonage
                ? provider.GetRequiredService<VonageSmsSender>()
                : provider.GetRequiredService<LogSmsSender>());

        return services;
    }
}

using Microsoft.Extensions.Options;

namespace HomeRental.Api.Captchas;

public sealed class CaptchaOptions
{
    public const string SectionName = "Captchas";

    /// <summary>
    /// Writes each captcha's text to the log, so that a developer or a script gets past the captcha without reading
    /// the image. Development only: elsewhere the service refuses to start with it.
    /// </summary>
    public bool LogTexts { get; set; }
}

internal sealed class CaptchaOptionsValidator(IHostEnvironment environment) : IValidateOptions<CaptchaOptions>
{
    public ValidateOptionsResult Validate(string? name, CaptchaOptions options) =>
        options.LogTexts && !environment.IsDevelopment()
            ? ValidateOptionsResult.Fail(
                $"{CaptchaOptions.SectionName}:LogTexts writes the captcha answers to the log and is for Development only, not {environment.EnvironmentName}.")
            : ValidateOptionsResult.Success;
}

public static class CaptchaServiceCollectionExtensions
{
    /// <summary>The captcha renderer, and the <c>Captchas</c> section, checked at start-up.</summary>
    public static IServiceCollection AddCaptchas(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CaptchaOptions>().Bind(configuration.GetSection(CaptchaOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CaptchaOptions>, CaptchaOptionsValidator>();
        services.AddSingleton<ICaptchaRenderer, CaptchaRenderer>();
        return services;
    }
}

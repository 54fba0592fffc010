using HomeRental.Api.Infrastructure.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace HomeRental.Api.Infrastructure.Antiforgery;

public static class CsrfProtectionSetup
{
    public const string AntiforgeryCookieName = "homerental_antiforgery";

    /// <summary>
    /// Antiforgery through the X-CSRF-Token header, with the data-protection key ring that also protects session
    /// cookies kept in <see cref="StorageOptions.KeysPath"/>, so every instance sharing the folder accepts them.
    /// </summary>
    public static IServiceCollection AddCsrfProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("HomeRental");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<StorageOptions>, ILoggerFactory>((options, storage, loggers) =>
            options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(storage.Value.KeysPath), loggers));
        services.AddAntiforgery(options =>
        {
            options.HeaderName = CsrfTokens.HeaderName;
            options.Cookie.Name = AntiforgeryCookieName;
            options.Cookie.SameSite = SameSiteMode.Lax;
            // The framework's default is never Secure; Always would refuse every plain-HTTP request with an error.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }
}

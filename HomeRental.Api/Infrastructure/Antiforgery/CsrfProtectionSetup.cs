using HomeRental.Api.Data;
using HomeRental.Api.Data.PostgreSql;
using HomeRental.Api.Infrastructure.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace HomeRental.Api.Infrastructure.Antiforgery;

public static class CsrfProtectionSetup
{
    public const string AntiforgeryCookieName = "homerental_antiforgery";

    /// <summary>
    /// Antiforgery through the X-CSRF-Token header, with the data-protection key ring that also protects session
    /// cookies. Every instance behind one address must share the ring: on SQLite it is kept in
    /// <see cref="StorageOptions.KeysPath"/>, a folder they share with the database file; on PostgreSQL in the database.
    /// </summary>
    public static IServiceCollection AddCsrfProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("HomeRental");
        services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider, IOptions<StorageOptions>, ILoggerFactory>(
            (options, provider, storage, loggers) => options.XmlRepository =
                provider.GetRequiredService<DatabaseChoice>().Provider == DatabaseProvider.PostgreSQL
                    ? new EntityFrameworkCoreXmlRepository<PostgreSqlHomeRentalDbContext>(provider, loggers)
                    : new FileSystemXmlRepository(new DirectoryInfo(storage.Value.KeysPath), loggers));
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

using HomeRental.Api.Infrastructure.Problems;
using HomeRental.Api.Infrastructure.Store;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace HomeRental.Api.Sessions;

public static class SessionAuthentication
{
    public const string CookieName = "homerental_session";

    /// <summary>Cookie sessions kept server-side, answering API calls with 401/403 problems instead of redirects.</summary>
    public static IServiceCollection AddSessionAuthentication(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddSingleton<StoreTicketStore>();
        services.AddScoped<CurrentUser>();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = environment.IsDevelopment()
                    ? CookieSecurePolicy.SameAsRequest
                    : CookieSecurePolicy.Always;
                options.ExpireTimeSpan = StoreTicketStore.Lifetime;
                options.SlidingExpiration = true;
                options.Events.OnRedirectToLogin = context => StoreOutage.WasMet(context.HttpContext)
                    ? StoreOutage.WriteProblemAsync(context.HttpContext)
                    : context.HttpContext.WriteProblemAsync(StatusCodes.Status401Unauthorized, ProblemCodes.NotSignedIn,
                        ApiProblems.SignInFirst);
                options.Events.OnRedirectToAccessDenied = context =>
                    context.HttpContext.WriteProblemAsync(StatusCodes.Status403Forbidden, ProblemCodes.Forbidden,
                        "You are not allowed to do this.");
            });
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<StoreTicketStore>((options, ticketStore) => options.SessionStore = ticketStore);
        services.AddAuthorization();
        return services;
    }
}

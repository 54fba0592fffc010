using HomeRental.Api.Infrastructure.Antiforgery;
using Microsoft.OpenApi;

namespace HomeRental.Api.Infrastructure.OpenApi;

public static class SwaggerSetup
{
    // Swagger UI calls the API from the browser: before an unsafe call it makes sure a csrf_token cookie
    // exists (fetching /api/v1.0/csrf-token if not) and copies it into the X-CSRF-Token header.
    private const string CsrfRequestInterceptor = $$"""
        async (request) => {
          if (!/^(POST|PUT|PATCH|DELETE)$/i.test(request.method)) return request;
          const read = () => (document.cookie.match(/(?:^|;\s*){{CsrfTokens.CookieName}}=([^;]*)/) || [])[1];
          if (!read()) await fetch('/api/v1.0/csrf-token', { credentials: 'same-origin' });
          const token = read();
          if (token) request.headers['{{CsrfTokens.HeaderName}}'] = decodeURIComponent(token);
          return request;
        }
        """;

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "HomeRental API",
                Version = "v1.0",
                Description = "Home rentals: accounts, houses and orders. Errors are RFC 9457 problem details with a stable `code`. " +
                              $"Unsafe methods need the `{CsrfTokens.HeaderName}` header; this page adds it for you.",
            });
        });
        return services;
    }

    public static WebApplication UseApiDocumentation(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/swagger/v1/swagger.json", "HomeRental API v1.0");
            options.DocumentTitle = "HomeRental API";
            options.UseRequestInterceptor(CsrfRequestInterceptor.ReplaceLineEndings(" "));
        });
        return app;
    }
}

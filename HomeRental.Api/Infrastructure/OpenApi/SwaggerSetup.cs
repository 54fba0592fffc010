using HomeRental.Api.Infrastructure.Antiforgery;
using Microsoft.OpenApi;

namespace HomeRental.Api.Infrastructure.OpenApi;

public static class SwaggerSetup
{
    // Swagger UI calls the API from the browser: before an unsafe call it makes sure a csrf_token cookie
    // exists (fetching /api/v1.0/csrf-token if not) and copies it into the X-CSRF-Token header.
    // Swashbuckle rebuilds this text with Function(), so it must be a plain function (no async/await).
    private const string CsrfRequestInterceptor = $$"""
        function (request) {
          if (!/^(POST|PUT|PATCH|DELETE)$/i.test(request.method)) return request;
          var read = function () {
            var match = document.cookie.match(/(?:^|;\s*){{CsrfTokens.CookieName}}=([^;]*)/);
            return match ? decodeURIComponent(match[1]) : null;
          };
          var withToken = function () {
            var token = read();
            if (token) request.headers['{{CsrfTokens.HeaderName}}'] = token;
            return request;
          };
          return read() ? withToken() : fetch('/api/v1.0/csrf-token', { credentials: 'same-origin' }).then(withToken);
        }
        """;

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.OperationFilter<CommonResponsesOperationFilter>();
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

using System.Text.Json.Nodes;
using HomeRental.Api.Houses;
using HomeRental.Api.Infrastructure.Antiforgery;
using HomeRental.Api.Infrastructure.Http;
using Microsoft.OpenApi;

namespace HomeRental.Api.Infrastructure.OpenApi;

public static class SwaggerSetup
{
    public static IServiceCollection AddApiDocumentation(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.OperationFilter<CommonResponsesOperationFilter>();
            // Query values that bind through TryParse are strings on the wire.
            options.MapType<QueryDate>(() => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" });
            options.MapType<HouseSortName>(() => new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = [.. HouseSorts.Names.Select(name => (JsonNode)JsonValue.Create(name))],
            });
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
            // Adds the CSRF header to Swagger UI's calls; a script file, since the CSP allows no eval or inline script.
            options.InjectJavascript("/js/swagger-csrf.js");
        });
        return app;
    }
}

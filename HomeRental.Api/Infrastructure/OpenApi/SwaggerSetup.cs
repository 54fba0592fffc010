using System.Text.Json.Nodes;
using HomeRental.Api.Houses;
using HomeRental.Api.Infrastructure.Antiforgery;
using HomeRental.Api.Infrastructure.Http;
using HomeRental.Api.Sessions;
using Microsoft.OpenApi;

namespace HomeRental.Api.Infrastructure.OpenApi;

public static class SwaggerSetup
{
    public const string DocumentPath = "/swagger/v1/swagger.json";

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            options.DocumentFilter<ApiDocumentFilter>();
            options.OperationFilter<ProblemResponsesOperationFilter>();
            options.OperationFilter<SecurityRequirementsOperationFilter>();
            options.OperationFilter<ExamplesOperationFilter>();
            options.SchemaFilter<ValueRulesSchemaFilter>();
            options.OrderActionsBy(api =>
                $"{Array.FindIndex(ApiDocumentFilter.Tags, tag => api.ActionDescriptor.EndpointMetadata.OfType<TagsAttribute>().Any(tags => tags.Tags.Contains(tag.Name))):D2} {api.RelativePath}");
            // Query values that bind through TryParse are strings on the wire.
            options.MapType<QueryDate>(() => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" });
            options.MapType<HouseSortName>(() => new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = [.. HouseSorts.Names.Select(name => (JsonNode)JsonValue.Create(name))],
            });
            options.AddSecurityDefinition(SecurityRequirementsOperationFilter.SessionScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = SessionAuthentication.CookieName,
                Description = "The session cookie that sign-in (POST /sessions) and registration (POST /users) set. " +
                              "A browser, and this page, send it by themselves; a script keeps a cookie jar.",
            });
            options.AddSecurityDefinition(SecurityRequirementsOperationFilter.CsrfScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = CsrfTokens.HeaderName,
                Description = $"Every POST, PUT, PATCH and DELETE under /api sends the value of the {CsrfTokens.CookieName} cookie " +
                              $"in this header, along with both CSRF cookies. GET /api/v1.0/csrf-token sets them and answers the value; " +
                              "sign-in, registration and sign-out set a new one, so read it again after them. This page fills it in by itself.",
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
            options.SwaggerEndpoint(DocumentPath, "HomeRental API v1.0");
            options.DocumentTitle = "HomeRental API";
            // Authorizes Swagger UI's calls with the CSRF token, so they and "Copy as curl" carry the header; a script
            // file, since the CSP allows no eval or inline script.
            options.InjectJavascript("/js/swagger-csrf.js");
        });
        return app;
    }
}

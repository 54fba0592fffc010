using HomeRental.Api.Infrastructure.Antiforgery;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace HomeRental.Api.Infrastructure.OpenApi;

/// <summary>Documents what every API operation shares: the CSRF header on unsafe methods, and the 503 of an outage.</summary>
internal sealed class CommonResponsesOperationFilter : IOperationFilter
{
    private static readonly HashSet<string> UnsafeMethods = ["POST", "PUT", "PATCH", "DELETE"];

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= new OpenApiResponses();
        operation.Responses.TryAdd("503", new OpenApiResponse
        {
            Description = "dependency_unavailable: the database or the store is down; try again shortly.",
        });

        if (!UnsafeMethods.Contains(context.ApiDescription.HttpMethod ?? string.Empty))
        {
            return;
        }
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = CsrfTokens.HeaderName,
            In = ParameterLocation.Header,
            Required = false,
            Description = $"The value of the {CsrfTokens.CookieName} cookie. This page fills it in for you.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        if (!operation.Responses.ContainsKey("400"))
        {
            operation.Responses.Add("400", new OpenApiResponse { Description = "csrf_invalid: the CSRF header is missing or wrong." });
        }
    }
}

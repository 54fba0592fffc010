using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace HomeRental.Api.Infrastructure.OpenApi;

/// <summary>Marks the operations that need the session cookie, the CSRF header, or both (one requirement: all of it).</summary>
internal sealed class SecurityRequirementsOperationFilter : IOperationFilter
{
    public const string SessionScheme = "session";
    public const string CsrfScheme = "csrf";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var requirement = new OpenApiSecurityRequirement();
        if (context.ApiDescription.NeedsSession())
        {
            requirement[new OpenApiSecuritySchemeReference(SessionScheme, context.Document)] = [];
        }
        if (context.ApiDescription.NeedsCsrfHeader())
        {
            requirement[new OpenApiSecuritySchemeReference(CsrfScheme, context.Document)] = [];
        }
        if (requirement.Count > 0)
        {
            operation.Security = [requirement];
        }
    }
}

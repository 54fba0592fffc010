using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace HomeRental.Api.Infrastructure.OpenApi;

/// <summary>
/// What Swashbuckle leaves out of a field's or parameter's schema: <see cref="AllowedValuesAttribute"/> as an enum, and
/// patterns in the ECMAScript form that OpenAPI uses (the app anchors its .NET patterns with \z, which JavaScript lacks).
/// </summary>
internal sealed class ValueRulesSchemaFilter : ISchemaFilter
{
    private const string DotNetEnd = @"\z";

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete)
        {
            return;
        }
        var allowed = context.MemberInfo?.GetCustomAttribute<AllowedValuesAttribute>() ?? context.ParameterInfo?.GetCustomAttribute<AllowedValuesAttribute>();
        if (allowed is not null)
        {
            concrete.Enum = [.. allowed.Values.OfType<string>().Select(value => (JsonNode)JsonValue.Create(value))];
        }
        if (concrete.Pattern is { } pattern && pattern.EndsWith(DotNetEnd, StringComparison.Ordinal))
        {
            concrete.Pattern = pattern[..^DotNetEnd.Length] + "$";
        }
    }
}

using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace HomeRental.Api.Infrastructure.OpenApi;

/// <summary>Puts the example of <see cref="ApiExamples"/> on each JSON request and response body, written as the API writes JSON.</summary>
internal sealed class ExamplesOperationFilter(IOptions<JsonOptions> jsonOptions) : IOperationFilter
{
    private readonly JsonSerializerOptions json = jsonOptions.Value.SerializerOptions;

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var bodyType = context.ApiDescription.ParameterDescriptions.FirstOrDefault(parameter => parameter.Source == BindingSource.Body)?.Type;
        if (bodyType is not null && operation.RequestBody?.Content is { } requestContent)
        {
            SetExample(requestContent, bodyType);
        }

        foreach (var response in context.ApiDescription.SupportedResponseTypes.Where(response => response.Type is not null))
        {
            if (operation.Responses?.GetValueOrDefault(response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture))?.Content is { } content)
            {
                SetExample(content, response.Type!);
            }
        }
    }

    private void SetExample(IDictionary<string, IOpenApiMediaType> content, Type type)
    {
        if (ApiExamples.For(type) is not { } example || !content.TryGetValue("application/json", out var found) || found is not OpenApiMediaType media)
        {
            return;
        }
        media.Example = JsonSerializer.SerializeToNode(example, type, json);
    }
}

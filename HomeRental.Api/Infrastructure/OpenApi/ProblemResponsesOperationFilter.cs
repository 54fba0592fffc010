using System.Globalization;
using System.Text.Json.Nodes;
using HomeRental.Api.Infrastructure.Problems;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace HomeRental.Api.Infrastructure.OpenApi;

/// <summary>
/// Documents every error an operation can answer: one response per status, the <c>Problem</c> schema with the codes of
/// that status as the values of <c>code</c>, each code's meaning, and an example.
/// </summary>
internal sealed class ProblemResponsesOperationFilter : IOperationFilter
{
    public const string ProblemSchema = "Problem";
    private const string ProblemContentType = "application/problem+json";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= new OpenApiResponses();
        foreach (var status in operation.Responses.Keys.Where(status => status[0] is '4' or '5').ToList())
        {
            operation.Responses.Remove(status);
        }

        var codes = Codes(context.ApiDescription).Distinct().Select(ProblemCatalog.Get);
        foreach (var sameStatus in codes.GroupBy(code => code.Status).OrderBy(group => group.Key))
        {
            var problems = sameStatus.ToList();
            operation.Responses[sameStatus.Key.ToString(CultureInfo.InvariantCulture)] = new OpenApiResponse
            {
                Description = string.Join('\n', problems.Select(problem => $"- `{problem.Code}`: {problem.Meaning}")),
                Content = new Dictionary<string, IOpenApiMediaType>
                {
                    [ProblemContentType] = new OpenApiMediaType
                    {
                        Schema = new OpenApiSchema
                        {
                            AllOf = [new OpenApiSchemaReference(ProblemSchema, context.Document)],
                            Properties = new Dictionary<string, IOpenApiSchema>
                            {
                                ["code"] = new OpenApiSchema
                                {
                                    Type = JsonSchemaType.String,
                                    Enum = [.. problems.Select(problem => (JsonNode)JsonValue.Create(problem.Code))],
                                },
                            },
                        },
                        Example = Example(problems[0]),
                    },
                },
            };
        }
    }

    /// <summary>The codes the endpoint names, then those that follow from what it takes.</summary>
    private static IEnumerable<string> Codes(ApiDescription api)
    {
        foreach (var named in api.ActionDescriptor.EndpointMetadata.OfType<ProblemCodesMetadata>())
        {
            foreach (var code in named.Codes)
            {
                yield return code;
            }
        }
        if (api.NeedsCsrfHeader())
        {
            yield return ProblemCodes.CsrfInvalid;
        }
        if (api.NeedsSession())
        {
            yield return ProblemCodes.NotSignedIn;
        }
        if (api.IsRateLimited())
        {
            yield return ProblemCodes.TooManyRequests;
        }
        var bodyTypes = api.BodyContentTypes();
        if (bodyTypes.Count > 0)
        {
            yield return ProblemCodes.MalformedRequest;
            yield return ProblemCodes.UnsupportedMediaType;
            yield return ProblemCodes.RequestTimeout;
        }
        if (bodyTypes.Contains("application/json"))
        {
            yield return ProblemCodes.PayloadTooLarge;
        }
        yield return ProblemCodes.InternalError;
        yield return ProblemCodes.DependencyUnavailable;
    }

    private static JsonObject Example(ProblemCode problem)
    {
        var detail = char.ToUpperInvariant(problem.Meaning[0]) + problem.Meaning[1..].Replace("`", string.Empty) + ".";
        var example = new JsonObject
        {
            ["type"] = problem.Status < 500 ? "https://tools.ietf.org/html/rfc9110#section-15.5" : "https://tools.ietf.org/html/rfc9110#section-15.6",
            ["title"] = ReasonPhrases.GetReasonPhrase(problem.Status),
            ["status"] = problem.Status,
            ["detail"] = detail,
            ["code"] = problem.Code,
            ["traceId"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        };
        if (problem.Code == ProblemCodes.ValidationFailed)
        {
            const string Message = "Phone must be an 11-digit mainland China mobile number, such as 13812345678.";
            example["detail"] = Message;
            example["errors"] = new JsonObject { ["phone"] = new JsonArray(Message) };
        }
        return example;
    }
}

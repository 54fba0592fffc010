using System.Text.Json.Nodes;
using HomeRental.Api.Infrastructure.Problems;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace HomeRental.Api.Infrastructure.OpenApi;

/// <summary>The document as a whole: its tags in the order a client meets them, and the one <c>Problem</c> schema of every error.</summary>
internal sealed class ApiDocumentFilter : IDocumentFilter
{
    /// <summary>Tags in the order a client meets them, with what each covers.</summary>
    public static readonly (string Name, string Description)[] Tags =
    [
        ("CSRF", "The token that every POST, PUT, PATCH and DELETE sends in the X-CSRF-Token header."),
        ("Captchas", "The image a person reads before an SMS code is sent."),
        ("SMS codes", "Verification codes for registration, after the captcha."),
        ("Users", "Registration, the profile, the avatar and the real-name identity."),
        ("Sessions", "Sign-in, who is signed in, sign-out."),
        ("Districts and amenities", "The reference lists that houses and searches use."),
        ("Houses", "Publishing, pictures, reading and searching houses."),
        ("Orders", "Booking, the host's answer, payment, cancellation and review."),
    ];

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        document.Tags = new HashSet<OpenApiTag>(Tags.Select(tag => new OpenApiTag { Name = tag.Name, Description = tag.Description }));

        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        // The framework's problem types, which the endpoints' result types bring in; every error refers to Problem instead.
        document.Components.Schemas.Remove("ProblemDetails");
        document.Components.Schemas.Remove("HttpValidationProblemDetails");
        document.Components.Schemas[ProblemResponsesOperationFilter.ProblemSchema] = Problem();
    }

    private static OpenApiSchema Problem() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "An RFC 9457 problem. Branch on code; show detail to people.",
        Required = new HashSet<string> { "type", "title", "status", "detail", "code", "traceId" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = Text("A URI that names the kind of problem."),
            ["title"] = Text("The status in words."),
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status." },
            ["detail"] = Text("What went wrong, in words to show a person."),
            ["code"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "The stable machine code; each response lists the ones it can carry.",
                Enum = [.. ProblemCatalog.All.Select(code => (JsonNode)JsonValue.Create(code.Code))],
            },
            ["traceId"] = Text("The request's trace id, to quote when reporting a problem."),
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Only with validation_failed: each field or query parameter as the client wrote it (an array item as amenityIds[1]), with its messages.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
        },
    };

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
}

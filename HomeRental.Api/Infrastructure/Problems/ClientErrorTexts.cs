using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.WebUtilities;

namespace HomeRental.Api.Infrastructure.Problems;

/// <summary>
/// The API's own words for the client errors that the framework raises without a detail of ours: a missing or
/// unreadable body, a wrong content type, a method the route does not take. The framework's texts name parameters
/// and services ("Implicit body inferred for parameter ...") and never reach a client.
/// </summary>
public static class ClientErrorTexts
{
    private const string FormUpload = "multipart/form-data";
    private const string JsonBody = "a JSON object (Content-Type: application/json)";

    public static string For(HttpContext context, int status) => status switch
    {
        StatusCodes.Status400BadRequest => HasBody(context)
            ? $"The request body could not be read as {ExpectedBody(context)}."
            : $"The request body is missing: send {ExpectedBody(context)}.",
        StatusCodes.Status405MethodNotAllowed => $"{context.Request.Method} is not allowed on {context.Request.Path}.",
        StatusCodes.Status415UnsupportedMediaType => $"The request body must be {ExpectedBody(context)}.",
        _ => $"{ReasonPhrases.GetReasonPhrase(status)}.",
    };

    private static bool HasBody(HttpContext context) =>
        context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? context.Request.ContentLength > 0;

    /// <summary>
    /// What the endpoint takes. The exception handler has cleared the endpoint but keeps it in its feature; a request
    /// that routing refused for its content type has none, and is told both kinds.
    /// </summary>
    private static string ExpectedBody(HttpContext context)
    {
        var endpoint = context.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint();
        return endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes switch
        {
            null => $"{JsonBody}, or a {FormUpload} upload where a file is sent",
            var types when types.Contains(FormUpload) => $"a {FormUpload} upload",
            _ => JsonBody,
        };
    }
}

namespace HomeRental.Api.Infrastructure.Problems;

/// <summary>The stable machine codes of the contract's problem details (docs/API.md).</summary>
public static class ProblemCodes
{
    [ProblemCode(StatusCodes.Status400BadRequest, "a field, route value or query parameter breaks its rule, or a body member has the wrong JSON type; `errors` names each field as the client wrote it")]
    public const string ValidationFailed = "validation_failed";
    [ProblemCode(StatusCodes.Status400BadRequest, "the body is not JSON at all, is JSON but not an object, or is missing or empty where one is required")]
    public const string MalformedRequest = "malformed_request";
    [ProblemCode(StatusCodes.Status415UnsupportedMediaType, "the body is not sent as JSON, or an upload is not `multipart/form-data`")]
    public const string UnsupportedMediaType = "unsupported_media_type";
    [ProblemCode(StatusCodes.Status413PayloadTooLarge, "a JSON body over 1 MiB (refused before it is read when `Content-Length` says so)")]
    public const string PayloadTooLarge = "payload_too_large";
    [ProblemCode(StatusCodes.Status408RequestTimeout, "the body arrived too slowly")]
    public const string RequestTimeout = "request_timeout";
    [ProblemCode(StatusCodes.Status404NotFound, "no route under `/api` matches (also an order id that is not an integer)")]
    public const string NotFound = "not_found";
    [ProblemCode(StatusCodes.Status405MethodNotAllowed, "the route exists, but not with this method")]
    public const string MethodNotAllowed = "method_not_allowed";
    [ProblemCode(StatusCodes.Status401Unauthorized, "the endpoint needs a session and there is none, or its account no longer exists")]
    public const string NotSignedIn = "not_signed_in";
    [ProblemCode(StatusCodes.Status403Forbidden, "signed in, but not the owner or the right party")]
    public const string Forbidden = "forbidden";
    [ProblemCode(StatusCodes.Status400BadRequest, "an unsafe method without a valid `X-CSRF-Token` header; nothing was changed")]
    public const string CsrfInvalid = "csrf_invalid";
    [ProblemCode(StatusCodes.Status429TooManyRequests, "a per-address rate limit (per minute: captchas 120, SMS codes 30, sign-ins 60 by default); `Retry-After` gives seconds")]
    public const string TooManyRequests = "too_many_requests";
    [ProblemCode(StatusCodes.Status503ServiceUnavailable, "the database or the store (Redis) did not answer in time")]
    public const string DependencyUnavailable = "dependency_unavailable";
    [ProblemCode(StatusCodes.Status500InternalServerError, "a fault on the server's side; the answer never holds internals")]
    public const string InternalError = "internal_error";

    /// <summary>The code a problem gets when the code that raised it named none.</summary>
    public static string ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => MalformedRequest,
        StatusCodes.Status401Unauthorized => NotSignedIn,
        StatusCodes.Status403Forbidden => Forbidden,
        StatusCodes.Status404NotFound => NotFound,
        StatusCodes.Status405MethodNotAllowed => MethodNotAllowed,
        StatusCodes.Status408RequestTimeout => RequestTimeout,
        StatusCodes.Status413PayloadTooLarge => PayloadTooLarge,
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => TooManyRequests,
        StatusCodes.Status503ServiceUnavailable => DependencyUnavailable,
        _ => status >= 500 ? InternalError : MalformedRequest,
    };
}

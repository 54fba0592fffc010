namespace HomeRental.Api.Infrastructure.Problems;

/// <summary>The stable machine codes of the contract's problem details (docs/API.md).</summary>
public static class ProblemCodes
{
    public const string ValidationFailed = "validation_failed";
    public const string MalformedRequest = "malformed_request";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string PayloadTooLarge = "payload_too_large";
    public const string RequestTimeout = "request_timeout";
    public const string NotFound = "not_found";
    public const string MethodNotAllowed = "method_not_allowed";
    public const string NotSignedIn = "not_signed_in";
    public const string Forbidden = "forbidden";
    public const string CsrfInvalid = "csrf_invalid";
    public const string TooManyRequests = "too_many_requests";
    public const string DependencyUnavailable = "dependency_unavailable";
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

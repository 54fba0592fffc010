using Microsoft.AspNetCore.Http.HttpResults;

namespace HomeRental.Api.Infrastructure.Problems;

/// <summary>Builds the problem results that endpoints return; the shared shape is completed by <see cref="ProblemDetailsSetup"/>.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult Problem(int status, string code, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, extensions: CodeExtension(code));

    public static ValidationProblem Validation(IDictionary<string, string[]> errors, string detail = "One or more fields are invalid.") =>
        TypedResults.ValidationProblem(errors, detail: detail, extensions: CodeExtension(ProblemCodes.ValidationFailed));

    public static ValidationProblem Validation(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] }, message);

    public static ProblemHttpResult NotFound(string code, string detail) =>
        Problem(StatusCodes.Status404NotFound, code, detail);

    public static ProblemHttpResult Conflict(string code, string detail) =>
        Problem(StatusCodes.Status409Conflict, code, detail);

    public static ProblemHttpResult Forbidden(string detail, string code = ProblemCodes.Forbidden) =>
        Problem(StatusCodes.Status403Forbidden, code, detail);

    /// <summary>The answer to a request without a session where one is needed.</summary>
    public const string SignInFirst = "Please sign in first.";

    /// <summary>The session is valid but names a user who no longer exists.</summary>
    public static ProblemHttpResult UserGone() =>
        Problem(StatusCodes.Status401Unauthorized, ProblemCodes.NotSignedIn, "Please sign in again.");

    public static ProblemHttpResult BadRequest(string code, string detail) =>
        Problem(StatusCodes.Status400BadRequest, code, detail);

    private static Dictionary<string, object?> CodeExtension(string code) => new() { ["code"] = code };
}

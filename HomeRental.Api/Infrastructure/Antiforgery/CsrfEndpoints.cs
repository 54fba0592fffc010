using HomeRental.Api.Infrastructure.Problems;
using HomeRental.Api.Infrastructure.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HomeRental.Api.Infrastructure.Antiforgery;

public static class CsrfEndpoints
{
    public static RouteGroupBuilder MapCsrf(this RouteGroupBuilder api)
    {
        api.MapGet("/csrf-token", GetToken)
            .WithTags("CSRF")
            .WithName("GetCsrfToken")
            .WithSummary("Issues a CSRF token (also set as the csrf_token cookie) for clients that never load a page.")
            .WithDescription($"Send the token back in the {CsrfTokens.HeaderName} header on every POST, PUT, PATCH and DELETE.");
        return api;
    }

    /// <summary>Tokens are bound to the user, so none is issued while the session cannot be looked up.</summary>
    private static Results<Ok<CsrfTokenResponse>, ProblemHttpResult> GetToken(HttpContext context) =>
        StoreOutage.WasMet(context)
            ? ApiProblems.Problem(StatusCodes.Status503ServiceUnavailable, ProblemCodes.DependencyUnavailable, StoreOutage.ProblemDetail)
            : TypedResults.Ok(new CsrfTokenResponse(CsrfTokens.Issue(context)));
}

public sealed record CsrfTokenResponse(string Token);

using HomeRental.Api.Infrastructure.Problems;

namespace HomeRental.Api.Infrastructure.Store;

/// <summary>
/// A request whose session could not be looked up because the store did not answer goes on as anonymous, so that
/// public reads keep working through a store outage; whatever needs the session then answers 503, not 401.
/// </summary>
public static class StoreOutage
{
    public const string ProblemDetail = "The session and verification store is unavailable. Please try again shortly.";

    private static readonly object Marker = new();

    public static void Mark(HttpContext context) => context.Items[Marker] = true;

    public static bool WasMet(HttpContext context) => context.Items.ContainsKey(Marker);

    public static Task WriteProblemAsync(HttpContext context) =>
        context.WriteProblemAsync(StatusCodes.Status503ServiceUnavailable, ProblemCodes.DependencyUnavailable, ProblemDetail);
}

namespace HomeRental.Api.Infrastructure.Problems;

/// <summary>
/// Problem codes an endpoint answers of its own, for the OpenAPI document; the codes that follow from its shape (a
/// body, a session, CSRF, a rate limit) are added there without being named.
/// </summary>
public sealed record ProblemCodesMetadata(IReadOnlyList<string> Codes);

public static class ProblemCodesEndpointExtensions
{
    public static TBuilder ProducesProblems<TBuilder>(this TBuilder builder, params string[] codes) where TBuilder : IEndpointConventionBuilder
    {
        foreach (var code in codes)
        {
            ProblemCatalog.Get(code);
        }
        return builder.WithMetadata(new ProblemCodesMetadata(codes));
    }
}

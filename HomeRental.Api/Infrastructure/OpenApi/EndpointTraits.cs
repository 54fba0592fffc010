using HomeRental.Api.Infrastructure.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.RateLimiting;

namespace HomeRental.Api.Infrastructure.OpenApi;

/// <summary>What an endpoint's metadata says about the requests it takes, as the OpenAPI filters read it.</summary>
internal static class EndpointTraits
{
    public static bool NeedsCsrfHeader(this ApiDescription api) => CsrfTokens.IsCheckedMethod(api.HttpMethod ?? string.Empty);

    public static bool NeedsSession(this ApiDescription api) => api.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Any();

    public static bool IsRateLimited(this ApiDescription api) => api.ActionDescriptor.EndpointMetadata.OfType<EnableRateLimitingAttribute>().Any();

    /// <summary>The content types of the body the endpoint reads, or none.</summary>
    public static IReadOnlyList<string> BodyContentTypes(this ApiDescription api) =>
        api.ActionDescriptor.EndpointMetadata.OfType<IAcceptsMetadata>().LastOrDefault()?.ContentTypes ?? [];
}

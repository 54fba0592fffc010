using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace HomeRental.Api.Districts;

public static class DistrictEndpoints
{
    private const string Tag = "Districts and amenities";

    // Reference data changes only with a deployment: clients may reuse it for an hour, then revalidate by ETag.
    private const string CacheControl = "public, max-age=3600";

    public static RouteGroupBuilder MapDistricts(this RouteGroupBuilder api)
    {
        api.MapGet("/districts", ListDistricts)
            .WithTags(Tag)
            .WithName("ListDistricts")
            .WithSummary("Every district, ordered by id. Send If-None-Match with the ETag to get 304 when nothing changed.")
            .Produces(StatusCodes.Status304NotModified);
        api.MapGet("/amenities", ListAmenities)
            .WithTags(Tag)
            .WithName("ListAmenities")
            .WithSummary("Every amenity, ordered by id. Send If-None-Match with the ETag to get 304 when nothing changed.")
            .Produces(StatusCodes.Status304NotModified);
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<ReferenceItem>>, StatusCodeHttpResult>> ListDistricts(
        ReferenceData data, HttpContext context) =>
        Conditional(context, await data.DistrictsAsync(context.RequestAborted));

    private static async Task<Results<Ok<IReadOnlyList<ReferenceItem>>, StatusCodeHttpResult>> ListAmenities(
        ReferenceData data, HttpContext context) =>
        Conditional(context, await data.AmenitiesAsync(context.RequestAborted));

    private static Results<Ok<IReadOnlyList<ReferenceItem>>, StatusCodeHttpResult> Conditional(HttpContext context, ReferenceList list)
    {
        context.Response.GetTypedHeaders().ETag = list.ETag;
        context.Response.Headers.CacheControl = CacheControl;

        // If-None-Match compares weakly (RFC 9110 13.1.2): W/"x" matches "x".
        var notModified = context.Request.GetTypedHeaders().IfNoneMatch
            .Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(list.ETag, useStrongComparison: false));
        return notModified ? TypedResults.StatusCode(StatusCodes.Status304NotModified) : TypedResults.Ok(list.Items);
    }
}

using HomeRental.Api.Data;
using HomeRental.Api.Houses.SearchIndex;
using HomeRental.Api.Infrastructure.Paging;
using HomeRental.Api.Infrastructure.Problems;
using HomeRental.Api.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Houses;

/// <summary>
/// The handlers that read houses. Searches and featured are answered from the availability index while it can be
/// trusted, and from the database otherwise; house pages from the <see cref="HouseDetailCache"/>. They resolve the
/// DbContext only when they read the database: creating one costs a good part of what a whole answer from memory does.
/// </summary>
internal static class HouseReading
{
    public static async Task<Ok<PagedList<HouseSummary>>> Search(
        [AsParameters] HouseSearchQuery query, [AsParameters] PageRequest page, AvailabilityIndex index, HttpContext context,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var (criteria, now) = (query.ToCriteria(), clock.UtcNow());
        return TypedResults.Ok(index.Current is { } houses
            ? houses.Search(criteria, now, page)
            : await HouseSearch.FindAsync(Db(context), criteria, now, page, cancellationToken));
    }

    public static async Task<Ok<List<FeaturedHouse>>> Featured(AvailabilityIndex index, HttpContext context, CancellationToken cancellationToken) =>
        TypedResults.Ok(index.Current is { } houses ? houses.Featured() : await HouseProjections.FeaturedAsync(Db(context), cancellationToken));

    public static async Task<Results<Ok<HouseDetail>, ProblemHttpResult>> GetDetail(
        int id, HouseDetailCache cache, HttpContext context, CancellationToken cancellationToken)
    {
        var detail = await cache.GetOrReadAsync(id, () => HouseProjections.DetailAsync(Db(context), id, cancellationToken));
        return detail is null ? NotFound(id) : TypedResults.Ok(detail);
    }

    public static async Task<Ok<PagedList<HouseSummary>>> Mine(
        [AsParameters] PageRequest page, HttpContext context, HomeRentalDbContext db, CancellationToken cancellationToken)
    {
        var ownerId = context.User.GetUserId();
        var houses = await db.Houses.AsNoTracking()
            .Where(house => house.OwnerId == ownerId)
            .ToPagedListAsync(owned => HouseSearch.Sorted(owned, HouseSort.New).Select(HouseProjections.Summary), page, cancellationToken);
        return TypedResults.Ok(houses);
    }

    private static HomeRentalDbContext Db(HttpContext context) => context.RequestServices.GetRequiredService<HomeRentalDbContext>();

    public static ProblemHttpResult NotFound(int id) =>
        ApiProblems.NotFound(HouseEndpoints.HouseNotFound, $"There is no house with id {id}.");
}

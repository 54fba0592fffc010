using HomeRental.Api.Data;
using HomeRental.Api.Infrastructure.Paging;
using HomeRental.Api.Infrastructure.Problems;
using HomeRental.Api.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Houses;

/// <summary>
/// The handlers that read houses. The cached ones resolve the DbContext only on a miss: creating one costs a good
/// part of what a whole answer from the cache does.
/// </summary>
internal static class HouseReading
{
    public static async Task<Ok<PagedList<HouseSummary>>> Search(
        [AsParameters] HouseSearchQuery query, [AsParameters] PageRequest page, HouseCache cache, HttpContext context,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var criteria = query.ToCriteria();
        Task<PagedList<HouseSummary>> Find() => HouseSearch.FindAsync(Db(context), criteria, clock.UtcNow(), page, cancellationToken);

        return TypedResults.Ok(await cache.GetOrCreateAsync($"search:{criteria.CacheKey}:{page.Number}:{page.Size}", page.Size, Find));
    }

    public static async Task<Ok<List<FeaturedHouse>>> Featured(HouseCache cache, HttpContext context, CancellationToken cancellationToken)
    {
        var featured = await cache.GetOrCreateAsync("featured", HouseProjections.MaxFeatured,
            () => HouseProjections.FeaturedAsync(Db(context), cancellationToken));
        return TypedResults.Ok(featured);
    }

    public static async Task<Results<Ok<HouseDetail>, ProblemHttpResult>> GetDetail(
        int id, HouseCache cache, HttpContext context, CancellationToken cancellationToken)
    {
        var detail = await cache.GetOrCreateAsync($"detail:{id}", 1, () => HouseProjections.DetailAsync(Db(context), id, cancellationToken));
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

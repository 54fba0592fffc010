using System.Linq.Expressions;
using HomeRental.Api.Data;
using HomeRental.Api.Houses;
using HomeRental.Api.Houses.SearchIndex;
using HomeRental.Api.Infrastructure.Problems;
using HomeRental.Api.Orders;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HomeRental.Api.Calendars;

/// <summary>The nights a host takes off the market by hand. Imported events are blocks too, but they belong to their import.</summary>
public static class HostBlocks
{
    [ProblemCode(StatusCodes.Status404NotFound, "no block with this id among the house's own blocks")]
    public const string BlockNotFound = "block_not_found";

    private static readonly Expression<Func<CalendarBlock, BlockResponse>> AsResponse =
        block => new BlockResponse(block.Id, block.CheckIn, block.CheckOut, block.Note, block.CreatedAt);

    private static readonly Func<CalendarBlock, BlockResponse> ToResponse = AsResponse.Compile();

    public static async Task<Results<Ok<List<BlockResponse>>, ProblemHttpResult>> List(
        int id, HttpContext context, HomeRentalDbContext db, CancellationToken cancellationToken)
    {
        if (await HouseOwnership.RefusalAsync(db, id, context, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        var blocks = await OwnBlocks(db, id).AsNoTracking()
            .OrderBy(block => block.CheckIn).ThenBy(block => block.Id)
            .Select(AsResponse)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(blocks);
    }

    public static async Task<Results<Created<BlockResponse>, ValidationProblem, ProblemHttpResult>> Create(
        int id, CreateBlockRequest request, HttpContext context, HomeRentalDbContext db, IWriteTransactions writeTransactions,
        HouseChanges houseChanges, TimeProvider clock, IOptions<OrderOptions> orderOptions, CancellationToken cancellationToken)
    {
        if (await HouseOwnership.RefusalAsync(db, id, context, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        // The calendar rules of a booking, without the house's limits on nights: a host may block a single night.
        var stay = StayRules.Check(request.CheckIn, request.CheckOut, StayRules.Today(clock), minNights: 1, StayRules.NoMaxNights,
            orderOptions.Value.StayLimits);
        if (!stay.IsAllowed)
        {
            return ApiProblems.Validation(stay.ErrorsByField().ToDictionary(), stay.Errors[0].Message);
        }

        var block = new CalendarBlock
        {
            HouseId = id,
            CheckIn = request.CheckIn,
            CheckOut = request.CheckOut,
            Note = OrderText.Clean(request.Note),
            CreatedAt = clock.UtcNow(),
        };
        await using (var transaction = await writeTransactions.BeginAsync(db.Database))
        {
            await writeTransactions.LockHouseAsync(db.Database, id);
            var held = await db.Orders.Where(NightsHeld.Between(block.CheckIn, block.CheckOut, clock.UtcNow()))
                .AnyAsync(order => order.HouseId == id, cancellationToken);
            if (held)
            {
                return ApiProblems.Conflict(OrderProblems.DatesUnavailable,
                    "An order holds some of these nights; only free nights can be blocked.");
            }
            db.CalendarBlocks.Add(block);
            houseChanges.Record(db, id);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await houseChanges.AnnounceAsync();
        return TypedResults.Created($"/api/v1.0/houses/{id}/blocks/{block.Id}", ToResponse(block));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        int id, int blockId, HttpContext context, HomeRentalDbContext db, IWriteTransactions writeTransactions,
        HouseChanges houseChanges, CancellationToken cancellationToken)
    {
        if (await HouseOwnership.RefusalAsync(db, id, context, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        await using (var transaction = await writeTransactions.BeginAsync(db.Database))
        {
            if (await OwnBlocks(db, id).Where(block => block.Id == blockId).ExecuteDeleteAsync(cancellationToken) == 0)
            {
                return ApiProblems.NotFound(BlockNotFound, $"This house has no block with id {blockId}.");
            }
            houseChanges.Record(db, id);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await houseChanges.AnnounceAsync();
        return TypedResults.NoContent();
    }

    private static IQueryable<CalendarBlock> OwnBlocks(HomeRentalDbContext db, int houseId) =>
        db.CalendarBlocks.Where(block => block.HouseId == houseId && block.ImportId == null);
}

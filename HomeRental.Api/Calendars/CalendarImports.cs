using HomeRental.Api.Data;
using HomeRental.Api.Houses;
using HomeRental.Api.Houses.SearchIndex;
using HomeRental.Api.Infrastructure.Problems;
using HomeRental.Api.Orders;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Calendars;

/// <summary>
/// Other sites' iCal feeds whose events take a house's nights, like the host's blocks. Orders are never changed by
/// an import: a booking that overlaps an imported event shows in the host's calendar for the host to settle.
/// </summary>
public static class CalendarImports
{
    [ProblemCode(StatusCodes.Status404NotFound, "no calendar import with this id for the house")]
    public const string ImportNotFound = "ical_import_not_found";

    public const int MaxPerHouse = 10;

    private static readonly string HouseFullMessage =
        $"A house can import at most {MaxPerHouse} calendars; remove one before adding another.";

    public static async Task<Results<Ok<List<CalendarImportResponse>>, ProblemHttpResult>> List(
        int id, HttpContext context, HomeRentalDbContext db, CancellationToken cancellationToken)
    {
        if (await HouseOwnership.RefusalAsync(db, id, context, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        var imports = await db.CalendarImports.AsNoTracking()
            .Where(import => import.HouseId == id)
            .OrderBy(import => import.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(imports.Select(CalendarImportResponse.From).ToList());
    }

    public static async Task<Results<Created<CalendarImportResponse>, ValidationProblem, ProblemHttpResult>> Create(
        int id, CreateImportRequest request, HttpContext context, HomeRentalDbContext db, CalendarImportSync sync,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await HouseOwnership.RefusalAsync(db, id, context, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        // Checked again when the import is stored; checked now so that a full house is not made to wait for a fetch.
        if (await db.CalendarImports.CountAsync(import => import.HouseId == id, cancellationToken) >= MaxPerHouse)
        {
            return ApiProblems.Validation("url", HouseFullMessage);
        }

        var url = request.Url.Trim();
        var reading = await sync.ReadAsync(url, cancellationToken);
        if (reading.Failure is { AddressRefused: true } refused)
        {
            return ApiProblems.Validation("url", refused.Message);
        }
        var import = new CalendarImport { HouseId = id, Name = request.Name.Trim(), Url = url, CreatedAt = clock.UtcNow() };
        if (await sync.StoreAsync(import, reading, cancellationToken) == ImportStoring.HouseFull)
        {
            return ApiProblems.Validation("url", HouseFullMessage);
        }
        return TypedResults.Created($"/api/v1.0/houses/{id}/ical-imports/{import.Id}", CalendarImportResponse.From(import));
    }

    public static async Task<Results<Ok<CalendarImportResponse>, ProblemHttpResult>> Sync(
        int id, int importId, HttpContext context, HomeRentalDbContext db, CalendarImportSync sync, CancellationToken cancellationToken)
    {
        if (await HouseOwnership.RefusalAsync(db, id, context, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (await db.CalendarImports.SingleOrDefaultAsync(import => import.Id == importId && import.HouseId == id, cancellationToken) is not { } import
            || await sync.StoreAsync(import, await sync.ReadAsync(import.Url, cancellationToken), cancellationToken) == ImportStoring.Gone)
        {
            return NotFound(importId);
        }
        return TypedResults.Ok(CalendarImportResponse.From(import));
    }

    public static async Task<Results<Ok<List<NightRange>>, ProblemHttpResult>> Events(
        int id, int importId, HttpContext context, HomeRentalDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await HouseOwnership.RefusalAsync(db, id, context, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (!await db.CalendarImports.AnyAsync(import => import.Id == importId && import.HouseId == id, cancellationToken))
        {
            return NotFound(importId);
        }
        var today = StayRules.Today(clock);
        var events = await db.CalendarBlocks.AsNoTracking()
            .Where(block => block.ImportId == importId && block.CheckOut > today)
            .OrderBy(block => block.CheckIn)
            .Select(block => new NightRange(block.CheckIn, block.CheckOut))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(events);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        int id, int importId, HttpContext context, HomeRentalDbContext db, IWriteTransactions writeTransactions,
        HouseChanges houseChanges, CancellationToken cancellationToken)
    {
        if (await HouseOwnership.RefusalAsync(db, id, context, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        // Under the house's calendar lock, so that a reading being stored either lands before or finds the import gone.
        await using (var transaction = await writeTransactions.BeginAsync(db.Database))
        {
            await writeTransactions.LockHouseAsync(db.Database, id);
            // The import's events go with it (cascade), and their nights are free again.
            if (await db.CalendarImports.Where(import => import.Id == importId && import.HouseId == id).ExecuteDeleteAsync(cancellationToken) == 0)
            {
                return NotFound(importId);
            }
            houseChanges.Record(db, id);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await houseChanges.AnnounceAsync();
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult NotFound(int importId) =>
        ApiProblems.NotFound(ImportNotFound, $"This house has no calendar import with id {importId}.");
}

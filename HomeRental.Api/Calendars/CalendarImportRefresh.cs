using HomeRental.Api.Data;
using HomeRental.Api.Infrastructure.Background;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Calendars;

/// <summary>
/// Reads every import's feed again when its <see cref="CalendarImport.FetchClaimedUntil"/> has passed, which storing
/// a reading sets <c>Calendar:ImportRefreshMinutes</c> ahead. Every instance runs this; an instance claims an import
/// by moving that time ahead with a conditional update, so each feed is read by one instance only.
/// </summary>
public sealed class CalendarImportRefresh(IServiceScopeFactory scopes, TimeProvider clock, ILogger<CalendarImportRefresh> logger)
    : DueWorkLoop(clock, logger)
{
    /// <summary>Feeds read at once: each may take up to <see cref="CalendarFeedClient.Timeout"/>, mostly waiting on the network.</summary>
    private const int ParallelReadings = 4;

    /// <summary>Reads the feeds that are due and this instance could claim; answers how long to sleep until the next is due.</summary>
    public override async Task<TimeSpan> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = Clock.UtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var imports = scope.ServiceProvider.GetRequiredService<HomeRentalDbContext>().CalendarImports.AsNoTracking();
        var due = await imports
            .Where(import => import.FetchClaimedUntil == null || import.FetchClaimedUntil <= now)
            .Select(import => new DueImport(import.Id, import.FetchClaimedUntil))
            .ToListAsync(cancellationToken);
        // Each reading in a scope of its own: a DbContext takes one query at a time.
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = ParallelReadings, CancellationToken = cancellationToken },
            (import, token) => new ValueTask(RefreshAsync(import, now, token)));
        return WaitUntil(await imports.MinAsync(import => import.FetchClaimedUntil, cancellationToken));
    }

    private async Task RefreshAsync(DueImport due, DateTime now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HomeRentalDbContext>();
        var sync = scope.ServiceProvider.GetRequiredService<CalendarImportSync>();
        // Claimed for a whole refresh interval, so an instance that stops mid-reading leaves the import to be read next round.
        var claimed = await db.CalendarImports
            .Where(import => import.Id == due.Id && import.FetchClaimedUntil == due.ClaimedUntil)
            .ExecuteUpdateAsync(import => import.SetProperty(i => i.FetchClaimedUntil, now + sync.RefreshInterval), cancellationToken);
        if (claimed == 0 || await db.CalendarImports.FindAsync([due.Id], cancellationToken) is not { } import)
        {
            return;
        }
        await sync.StoreAsync(import, await sync.ReadAsync(import.Url, cancellationToken), cancellationToken);
    }

    private sealed record DueImport(int Id, DateTime? ClaimedUntil);
}

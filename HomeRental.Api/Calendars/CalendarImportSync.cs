using HomeRental.Api.Data;
using HomeRental.Api.Houses;
using HomeRental.Api.Houses.SearchIndex;
using HomeRental.Api.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HomeRental.Api.Calendars;

/// <summary>What reading an import's feed gave: the nights it takes, or why it could not be read.</summary>
public sealed record FeedReading(ImportedNights? Nights, CalendarFeedException? Failure);

public enum ImportStoring
{
    Stored,
    /// <summary>The import was removed while its feed was being read.</summary>
    Gone,
    /// <summary>The house already has <see cref="CalendarImports.MaxPerHouse"/> imports.</summary>
    HouseFull,
}

/// <summary>
/// Reads an import's feed and stores what it read: a good reading replaces the import's events, a failed one keeps
/// them and records why. The feed is read before any transaction begins, since it may take seconds; the storing
/// takes the house's calendar lock, as bookings and blocks do.
/// </summary>
public sealed class CalendarImportSync(
    CalendarFeedClient feeds, HomeRentalDbContext db, IWriteTransactions writeTransactions, HouseChanges houseChanges,
    TimeProvider clock, IOptions<CalendarOptions> options, ILogger<CalendarImportSync> logger)
{
    public TimeSpan RefreshInterval => options.Value.ImportRefresh;

    public async Task<FeedReading> ReadAsync(string url, CancellationToken cancellationToken)
    {
        try
        {
            var text = await feeds.ReadAsync(url, cancellationToken);
            return new FeedReading(CalendarFeedParser.Parse(text, StayRules.Today(clock)), null);
        }
        catch (CalendarFeedException failure)
        {
            return new FeedReading(null, failure);
        }
    }

    /// <summary>Stores <paramref name="reading"/> for <paramref name="import"/>, a tracked import or a new one (id 0) to add.</summary>
    public async Task<ImportStoring> StoreAsync(CalendarImport import, FeedReading reading, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow();
        await using (var transaction = await writeTransactions.BeginAsync(db.Database))
        {
            await writeTransactions.LockHouseAsync(db.Database, import.HouseId);
            var isNew = import.Id == 0;
            if (isNew && await db.CalendarImports.CountAsync(other => other.HouseId == import.HouseId, cancellationToken) >= CalendarImports.MaxPerHouse)
            {
                return ImportStoring.HouseFull;
            }
            if (!isNew && !await db.CalendarImports.AnyAsync(other => other.Id == import.Id, cancellationToken))
            {
                return ImportStoring.Gone;
            }
            if (isNew)
            {
                db.CalendarImports.Add(import);
            }

            import.FetchClaimedUntil = now + RefreshInterval;
            if (reading.Nights is { } nights)
            {
                if (!isNew)
                {
                    await db.CalendarBlocks.Where(block => block.ImportId == import.Id).ExecuteDeleteAsync(cancellationToken);
                }
                import.Events.AddRange(nights.Nights.Select(range => new CalendarBlock
                {
                    HouseId = import.HouseId,
                    CheckIn = range.CheckIn,
                    CheckOut = range.CheckOut,
                    CreatedAt = now,
                }));
                import.LastSyncedAt = now;
                import.LastError = null;
                import.EventCount = nights.EventCount;
                houseChanges.Record(db, import.HouseId);
            }
            else
            {
                import.LastError = reading.Failure!.Message;
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        if (reading.Failure is { } failure)
        {
            logger.LogInformation("Calendar import {ImportId} of house {HouseId} could not be read: {Reason}", import.Id, import.HouseId, failure.Message);
        }
        else
        {
            await houseChanges.AnnounceAsync();
        }
        return ImportStoring.Stored;
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using HomeRental.Api.Data;
using HomeRental.Api.Orders;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Houses.SearchIndex;

/// <summary>
/// This instance's copy of what search needs of every house, in memory. It is loaded from the database once, then
/// kept current in rounds (<see cref="CatchUpAsync"/>): each reads the changes of <see cref="HouseChange"/> after the
/// last one taken and reads again only the houses they name. A write calls a round before it answers (read your own
/// writes); a change message from another instance, and a timer, call one too (<see cref="AvailabilityIndexSync"/>).
/// The index answers only while its last good round began less than <see cref="MaxLag"/> ago; otherwise
/// <see cref="Current"/> is null and searches read the database.
/// </summary>
public sealed class AvailabilityIndex
{
    /// <summary>How far behind the database the index may be and still answer.</summary>
    public static readonly TimeSpan MaxLag = TimeSpan.FromSeconds(1);

    /// <summary>A new index reads again the houses of this many changes before the newest: some may not have committed when it loaded.</summary>
    private const int LoadOverlap = 1_000;

    /// <summary>An index further behind than this many changes loads everything again instead.</summary>
    private const int MaxChangesARound = 10_000;

    private readonly IServiceScopeFactory scopes;
    private readonly TimeProvider clock;
    private readonly ILogger<AvailabilityIndex> logger;
    private readonly CoalescedRead<bool> rounds;
    private readonly ConcurrentDictionary<int, IndexedHouse> houses = new();
    private volatile IndexSnapshot? snapshot;
    private ChangeCursor? cursor;
    private long generation;
    /// <summary>A <see cref="Stopwatch"/> timestamp; 0 before the first good round and after a failed one.</summary>
    private long lastGoodRoundStartedAt;
    private bool failing;
    private int behind;

    public AvailabilityIndex(IServiceScopeFactory scopes, TimeProvider clock, ILogger<AvailabilityIndex> logger)
    {
        this.scopes = scopes;
        this.clock = clock;
        this.logger = logger;
        rounds = new CoalescedRead<bool>(RoundAsync);
    }

    /// <summary>The index, or null while it cannot be trusted: not loaded yet, or its last good round began too long ago.</summary>
    public IndexSnapshot? Current
    {
        get
        {
            var current = snapshot;
            if (current is not null && SinceLastGoodRound(Stopwatch.GetTimestamp()) < MaxLag)
            {
                if (behind == 1 && Interlocked.Exchange(ref behind, 0) == 1)
                {
                    logger.LogInformation("The availability index has caught up: searches are answered from it again.");
                }
                return current;
            }
            if (current is not null && Interlocked.Exchange(ref behind, 1) == 0)
            {
                logger.LogWarning("The availability index is more than {MaxLag} behind the database: searches read the database, " +
                                  "correct but slower, until it catches up.", MaxLag);
            }
            return null;
        }
    }

    /// <summary>The generation of the house's entry while the index is trusted, or null (also for a house it does not have).</summary>
    public long? GenerationOf(int houseId) => Current is not null && houses.TryGetValue(houseId, out var house) ? house.Generation : null;

    /// <summary>Runs a round that begins after this call: when it returns, the index has every change committed before it.</summary>
    public Task CatchUpAsync() => rounds.GetAsync();

    private async Task<bool> RoundAsync()
    {
        var startedAt = Stopwatch.GetTimestamp();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HomeRentalDbContext>();
            var outOfTouch = SinceLastGoodRound(startedAt);
            if (cursor is null || outOfTouch > HouseChanges.Retention / 2 || !await TryCatchUpAsync(db, cursor))
            {
                await LoadAsync(db, outOfTouch);
            }
            Volatile.Write(ref lastGoodRoundStartedAt, startedAt);
            if (failing)
            {
                failing = false;
                logger.LogInformation("The availability index reads the database again.");
            }
            return true;
        }
        catch (Exception exception)
        {
            // What the round had taken is unknown: the next good round loads everything again.
            cursor = null;
            Volatile.Write(ref lastGoodRoundStartedAt, 0);
            if (!failing)
            {
                failing = true;
                logger.LogWarning(exception, "The availability index could not read the database; searches read the database until it can.");
            }
            return false;
        }
    }

    private TimeSpan SinceLastGoodRound(long timestamp) =>
        Volatile.Read(ref lastGoodRoundStartedAt) is var last and not 0 ? Stopwatch.GetElapsedTime(last, timestamp) : TimeSpan.MaxValue;

    /// <summary>Takes the changes after the cursor; false when there are too many, and loading everything costs less.</summary>
    private async Task<bool> TryCatchUpAsync(HomeRentalDbContext db, ChangeCursor changes)
    {
        var read = await db.HouseChanges.AsNoTracking()
            .Where(change => change.Id > changes.Floor)
            .OrderBy(change => change.Id)
            .Take(MaxChangesARound + 1)
            .Select(change => new { change.Id, change.HouseId })
            .ToListAsync();
        if (read.Count > MaxChangesARound)
        {
            return false;
        }
        var changed = changes.Take(read.Select(change => (change.Id, change.HouseId)), Environment.TickCount64);
        if (changed.Count == 0)
        {
            return true;
        }

        var fresh = await IndexedHouses.ReadAsync(db, changed, clock.UtcNow(), StayRules.Today(clock), ++generation, CancellationToken.None);
        var applied = changed.Select(id => (Old: houses.GetValueOrDefault(id), New: fresh.GetValueOrDefault(id))).ToList();
        Store(fresh, changed);
        snapshot = snapshot!.With(applied, () => [.. houses.Values]);
        return true;
    }

    /// <summary>Keeps the houses <paramref name="read"/>, and forgets those of <paramref name="asked"/> it did not find.</summary>
    private void Store(Dictionary<int, IndexedHouse> read, IEnumerable<int> asked)
    {
        foreach (var gone in asked.Where(id => !read.ContainsKey(id)).ToList())
        {
            houses.TryRemove(gone, out _);
        }
        foreach (var (id, house) in read)
        {
            houses[id] = house;
        }
    }

    private async Task LoadAsync(HomeRentalDbContext db, TimeSpan outOfTouch)
    {
        var started = Stopwatch.GetTimestamp();
        var heapBefore = snapshot is null ? GC.GetTotalMemory(forceFullCollection: true) : 0;
        var newest = await db.HouseChanges.MaxAsync(change => (long?)change.Id) ?? 0;
        var loaded = await IndexedHouses.ReadAsync(db, null, clock.UtcNow(), StayRules.Today(clock), ++generation, CancellationToken.None);

        Store(loaded, houses.Keys);
        var first = snapshot is null;
        snapshot = IndexSnapshot.Of(loaded.Values);
        cursor = new ChangeCursor(Math.Max(0, newest - LoadOverlap));

        var ranges = loaded.Values.Sum(house => house.Taken.Count);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (first)
        {
            var mebibytes = (GC.GetTotalMemory(forceFullCollection: true) - heapBefore) / (1024.0 * 1024.0);
            logger.LogInformation("Availability index loaded: {Houses} houses, {Ranges} taken nights ranges, {Mebibytes:F1} MiB, in {Milliseconds:F0} ms",
                loaded.Count, ranges, mebibytes, elapsed);
        }
        else
        {
            logger.LogInformation("Availability index loaded again ({Reason}): {Houses} houses, {Ranges} taken nights ranges, in {Milliseconds:F0} ms",
                outOfTouch == TimeSpan.MaxValue ? "after a failed round" : $"{outOfTouch.TotalSeconds:F0} s out of touch, or far behind",
                loaded.Count, ranges, elapsed);
        }
    }
}

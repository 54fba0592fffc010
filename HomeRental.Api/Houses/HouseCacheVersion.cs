using HomeRental.Api.Infrastructure.Store;

namespace HomeRental.Api.Houses;

/// <summary>
/// One version number for everything cached about houses, kept in the shared store so that every instance
/// sees a write at once: cached answers are keyed by the version, and every write that changes what a house
/// read shows (a house, its images, an order's status) bumps it before it answers.
/// While the store does not answer there is no version, and house reads go to the database, which is never stale.
/// </summary>
public sealed class HouseCacheVersion
{
    public const string Key = "houses:cache-version";

    private static readonly TimeSpan KeyLifetime = TimeSpan.FromDays(30);

    /// <summary>How long reads stop asking a store that failed, so that an outage does not slow every read by a timeout.</summary>
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(5);

    private readonly IKeyValueStore store;
    private readonly TimeProvider clock;
    private readonly ILogger<HouseCacheVersion> logger;
    private readonly CoalescedRead<long?> reads;
    private long retryAtTicks;

    public HouseCacheVersion(IKeyValueStore store, TimeProvider clock, ILogger<HouseCacheVersion> logger)
    {
        this.store = store;
        this.clock = clock;
        this.logger = logger;
        reads = new CoalescedRead<long?>(ReadAsync);
    }

    /// <summary>The current version, or null while the store is unavailable.</summary>
    public Task<long?> CurrentAsync() =>
        clock.GetUtcNow().UtcTicks < Interlocked.Read(ref retryAtTicks) ? Task.FromResult<long?>(null) : reads.GetAsync();

    private async Task<long?> ReadAsync()
    {
        try
        {
            return long.TryParse(await store.GetAsync(Key), out var version) ? version : 0;
        }
        catch (StoreUnavailableException)
        {
            StopAskingForAWhile();
            return null;
        }
    }

    /// <summary>Bumps the version after a write; false when the store did not answer, and the write is then not shared.</summary>
    public async Task<bool> TryBumpAsync()
    {
        try
        {
            await store.IncrementAsync(Key, KeyLifetime);
            return true;
        }
        catch (StoreUnavailableException exception)
        {
            logger.LogWarning(exception, "The house cache version could not be bumped after a write; other instances may show the old state for up to a minute.");
            StopAskingForAWhile();
            return false;
        }
    }

    private void StopAskingForAWhile() => Interlocked.Exchange(ref retryAtTicks, (clock.GetUtcNow() + RetryInterval).UtcTicks);
}

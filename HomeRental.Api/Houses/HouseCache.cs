using Microsoft.Extensions.Caching.Memory;

namespace HomeRental.Api.Houses;

/// <summary>
/// House reads kept in this instance's memory under the shared <see cref="HouseCacheVersion"/>: a write bumps the
/// version through <see cref="ChangedAsync"/> before it answers, so no read after it finds an entry from before it.
/// Entries live a minute at most, and the cache holds a bounded number of houses.
/// </summary>
public sealed class HouseCache(HouseCacheVersion version) : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    /// <summary>Counted in houses: a detail weighs 1, a page of search results its page size.</summary>
    private const long CapacityInHouses = 20_000;

    private const long NoVersion = -1;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = CapacityInHouses });
    private long lastSeenVersion = NoVersion;

    /// <summary>The cached value for <paramref name="key"/>, or what <paramref name="create"/> reads, cached unless null.</summary>
    /// <param name="weight">How many houses the value holds.</param>
    public async Task<T> GetOrCreateAsync<T>(string key, int weight, Func<Task<T>> create) where T : class?
    {
        if (await version.CurrentAsync() is not { } current)
        {
            Forget();
            return await create();
        }
        // Entries of other versions can never be read again: drop them now rather than when they expire. This also
        // covers a version that went back (a Redis restarted empty), whose old numbers would otherwise be reused.
        if (Interlocked.Exchange(ref lastSeenVersion, current) != current)
        {
            cache.Clear();
        }

        var versionedKey = $"{current}:{key}";
        if (cache.TryGetValue(versionedKey, out T? cached))
        {
            return cached!;
        }
        var value = await create();
        if (value is not null)
        {
            cache.Set(versionedKey, value, new MemoryCacheEntryOptions { Size = weight, AbsoluteExpirationRelativeToNow = Lifetime });
        }
        return value;
    }

    /// <summary>To call after every write that changes what a house read shows, before answering it.</summary>
    public async Task ChangedAsync()
    {
        if (!await version.TryBumpAsync())
        {
            Forget();
        }
    }

    /// <summary>
    /// Without a shared version nothing cached can be trusted, now or when the store is back with a version that
    /// missed a write: the next read that gets a version starts from an empty cache.
    /// </summary>
    private void Forget()
    {
        if (Interlocked.Exchange(ref lastSeenVersion, NoVersion) != NoVersion)
        {
            cache.Clear();
        }
    }

    public void Dispose() => cache.Dispose();
}

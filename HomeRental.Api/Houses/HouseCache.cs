using Microsoft.Extensions.Caching.Memory;

namespace HomeRental.Api.Houses;

/// <summary>
/// House reads kept in this instance's memory under the shared <see cref="HouseCacheVersion"/>: a write bumps the
/// version before it answers, so no read after it finds an entry from before it. Entries live a minute at most,
/// and the cache holds a bounded number of houses.
/// </summary>
public sealed class HouseCache(HouseCacheVersion version) : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    /// <summary>Counted in houses: a detail weighs 1, a page of search results its page size.</summary>
    private const long CapacityInHouses = 50_000;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = CapacityInHouses });
    private long lastSeenVersion = -1;

    /// <summary>The cached value for <paramref name="key"/>, or what <paramref name="create"/> reads, cached unless null.</summary>
    /// <param name="weight">How many houses the value holds.</param>
    public async Task<T> GetOrCreateAsync<T>(string key, int weight, Func<Task<T>> create) where T : class?
    {
        var current = await version.CurrentAsync();
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

    public void Dispose() => cache.Dispose();
}

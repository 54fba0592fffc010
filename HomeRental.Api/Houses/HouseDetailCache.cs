using HomeRental.Api.Houses.SearchIndex;
using Microsoft.Extensions.Caching.Memory;

namespace HomeRental.Api.Houses;

/// <summary>
/// House pages kept in this instance's memory, each under the <see cref="IndexedHouse.Generation"/> of its house when
/// it was read: a change of the house gives it a new generation in the index, in every instance, so the page read
/// before it is never answered again. While the index cannot be trusted nothing is cached or answered from the cache.
/// </summary>
public sealed class HouseDetailCache(AvailabilityIndex index) : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private const long CapacityInHouses = 20_000;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = CapacityInHouses });

    /// <summary>The cached page of house <paramref name="id"/>, or what <paramref name="read"/> reads, cached unless null.</summary>
    public async Task<HouseDetail?> GetOrReadAsync(int id, Func<Task<HouseDetail?>> read)
    {
        // Taken before the read: a change the index takes while the read runs gives the house a newer generation.
        if (index.GenerationOf(id) is not { } generation)
        {
            return await read();
        }
        if (cache.TryGetValue(id, out Entry? cached) && cached!.Generation == generation)
        {
            return cached.Detail;
        }
        var detail = await read();
        if (detail is not null)
        {
            cache.Set(id, new Entry(generation, detail), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        }
        return detail;
    }

    public void Dispose() => cache.Dispose();

    private sealed record Entry(long Generation, HouseDetail Detail);
}

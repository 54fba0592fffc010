using HomeRental.Api.Infrastructure.Store;

namespace HomeRental.Api.Houses;

/// <summary>
/// One version number for everything cached about houses, kept in the shared store so that every instance
/// sees a write at once: cached answers are keyed by the version, and every write that changes what a house
/// read shows (a house, its images, an order's status) bumps it before it answers.
/// </summary>
public sealed class HouseCacheVersion(IKeyValueStore store)
{
    public const string Key = "houses:cache-version";

    private static readonly TimeSpan KeyLifetime = TimeSpan.FromDays(30);

    public async Task<long> CurrentAsync() => long.TryParse(await store.GetAsync(Key), out var version) ? version : 0;

    public Task ChangedAsync() => store.IncrementAsync(Key, KeyLifetime);
}

using HomeRental.Api.Houses;
using HomeRental.Api.Infrastructure.Store;
using HomeRental.Api.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace HomeRental.Api.Tests.Houses;

public sealed class HouseCacheUnitTests : IDisposable
{
    private readonly TestClock clock = new();
    private readonly SwitchableStore store;
    private readonly HouseCacheVersion version;
    private readonly HouseCache cache;
    private int reads;

    public HouseCacheUnitTests()
    {
        store = new SwitchableStore(new EmbeddedStore(clock));
        version = new HouseCacheVersion(store, clock, NullLogger<HouseCacheVersion>.Instance);
        cache = new HouseCache(version);
    }

    [Fact]
    public async Task A_value_is_read_once_per_version()
    {
        (await cache.GetOrCreateAsync("key", 1, ReadAsync)).Should().Be("value 1");
        (await cache.GetOrCreateAsync("key", 1, ReadAsync)).Should().Be("value 1");

        await cache.ChangedAsync();

        (await cache.GetOrCreateAsync("key", 1, ReadAsync)).Should().Be("value 2");
        (await cache.GetOrCreateAsync("other", 1, ReadAsync)).Should().Be("value 3");
        reads.Should().Be(3);
    }

    [Fact]
    public async Task Nothing_found_is_not_cached()
    {
        (await cache.GetOrCreateAsync<string?>("missing", 1, () => Task.FromResult<string?>(null))).Should().BeNull();

        (await cache.GetOrCreateAsync("missing", 1, ReadAsync)).Should().Be("value 1");
    }

    [Fact]
    public async Task While_the_store_is_down_every_read_goes_to_the_source_and_asks_the_store_only_every_few_seconds()
    {
        (await cache.GetOrCreateAsync("key", 1, ReadAsync)).Should().Be("value 1");
        store.IsDown = true;

        (await cache.GetOrCreateAsync("key", 1, ReadAsync)).Should().Be("value 2");
        (await cache.GetOrCreateAsync("key", 1, ReadAsync)).Should().Be("value 3");

        store.Calls.Should().Be(2, "the first failure stops the cache asking for a while");
        clock.Advance(TimeSpan.FromSeconds(6));
        (await cache.GetOrCreateAsync("key", 1, ReadAsync)).Should().Be("value 4");
        store.Calls.Should().Be(3);
    }

    [Fact]
    public async Task A_write_during_an_outage_does_not_fail_and_nothing_cached_before_it_is_served_after_it()
    {
        (await cache.GetOrCreateAsync("key", 1, ReadAsync)).Should().Be("value 1");
        store.IsDown = true;

        await cache.ChangedAsync();

        store.IsDown = false;
        clock.Advance(TimeSpan.FromSeconds(6));
        (await cache.GetOrCreateAsync("key", 1, ReadAsync)).Should().Be("value 2", "the store came back with the version the old entry was cached under");
        (await cache.GetOrCreateAsync("key", 1, ReadAsync)).Should().Be("value 2");
    }

    private Task<string> ReadAsync() => Task.FromResult($"value {++reads}");

    public void Dispose() => cache.Dispose();

    /// <summary>A store that can be made to fail as an unreachable Redis does, counting the calls it gets.</summary>
    private sealed class SwitchableStore(IKeyValueStore inner) : IKeyValueStore
    {
        public bool IsDown { get; set; }

        public int Calls { get; private set; }

        public Task SetAsync(string key, string value, TimeSpan timeToLive) => Call(() => inner.SetAsync(key, value, timeToLive));

        public Task<bool> SetIfAbsentAsync(string key, string value, TimeSpan timeToLive) => Call(() => inner.SetIfAbsentAsync(key, value, timeToLive));

        public Task<string?> GetAsync(string key) => Call(() => inner.GetAsync(key));

        public Task<string?> GetAndDeleteAsync(string key) => Call(() => inner.GetAndDeleteAsync(key));

        public Task<long> IncrementAsync(string key, TimeSpan timeToLive) => Call(() => inner.IncrementAsync(key, timeToLive));

        public Task<TimeSpan?> GetTimeToLiveAsync(string key) => Call(() => inner.GetTimeToLiveAsync(key));

        public Task<bool> DeleteAsync(string key) => Call(() => inner.DeleteAsync(key));

        public Task PingAsync() => Call(inner.PingAsync);

        private T Call<T>(Func<T> operation)
        {
            Calls++;
            return IsDown ? throw new StoreUnavailableException("down for the test") : operation();
        }
    }
}

using HomeRental.Api.Houses;
using HomeRental.Api.Infrastructure.Store;

namespace HomeRental.Api.Tests.Houses;

public sealed class HouseCacheUnitTests : IDisposable
{
    private readonly HouseCacheVersion version = new(new EmbeddedStore(TimeProvider.System));
    private readonly HouseCache cache;
    private int reads;

    public HouseCacheUnitTests() => cache = new HouseCache(version);

    [Fact]
    public async Task A_value_is_read_once_per_version()
    {
        (await cache.GetOrCreateAsync("key", 1, ReadAsync)).Should().Be("value 1");
        (await cache.GetOrCreateAsync("key", 1, ReadAsync)).Should().Be("value 1");

        await version.ChangedAsync();

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

    private Task<string> ReadAsync() => Task.FromResult($"value {++reads}");

    public void Dispose() => cache.Dispose();
}

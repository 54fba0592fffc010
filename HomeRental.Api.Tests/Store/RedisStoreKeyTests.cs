using Microsoft.Extensions.Options;
using HomeRental.Api.Infrastructure.Store;
using HomeRental.Api.Tests.Support;
using StackExchange.Redis;

namespace HomeRental.Api.Tests.Store;

/// <summary>Other programs sharing the Redis server find the app's keys where they expect them.</summary>
public sealed class RedisStoreKeyTests : IAsyncLifetime
{
    private readonly RedisOptions options = new()
    {
        Configuration = RedisServer.Shared.Configuration,
        OperationTimeoutMilliseconds = 10_000,
    };
    private readonly RedisConnection connection;
    private readonly RedisStore store;
    private ConnectionMultiplexer observer = null!;

    public RedisStoreKeyTests()
    {
        connection = new RedisConnection(Options.Create(options));
        store = new RedisStore(connection);
    }

    public async Task InitializeAsync() => observer = await ConnectionMultiplexer.ConnectAsync(options.Configuration);

    public async Task DisposeAsync()
    {
        await observer.CloseAsync();
        observer.Dispose();
        await connection.DisposeAsync();
    }

    [Fact]
    public async Task Keys_are_written_as_given_with_no_prefix_in_database_zero()
    {
        var key = $"storetests:{Guid.NewGuid():N}";

        await store.SetAsync(key, "value", TimeSpan.FromMinutes(1));

        ((string?)await observer.GetDatabase(0).StringGetAsync(key)).Should().Be("value");
    }

    [Fact]
    public async Task Counters_are_written_as_given_with_no_prefix_in_database_zero()
    {
        var key = $"storetests:{Guid.NewGuid():N}";

        await store.IncrementAsync(key, TimeSpan.FromMinutes(1));

        ((string?)await observer.GetDatabase(0).StringGetAsync(key)).Should().Be("1");
    }
}

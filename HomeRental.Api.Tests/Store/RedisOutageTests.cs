using Microsoft.Extensions.Options;
using System.Diagnostics;
using HomeRental.Api.Infrastructure.Store;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Store;

/// <summary>The Redis store during and after an outage, each test against a server of its own that it stops.</summary>
public sealed class RedisOutageTests : IAsyncLifetime
{
    private static readonly TimeSpan OperationTimeout = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan FailFastLimit = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan RecoveryLimit = TimeSpan.FromSeconds(10);

    private static readonly Dictionary<string, Func<IKeyValueStore, Task>> Operations = new()
    {
        ["Set"] = store => store.SetAsync("outage:set", "value", TimeSpan.FromMinutes(1)),
        ["SetIfAbsent"] = store => store.SetIfAbsentAsync("outage:set-if-absent", "value", TimeSpan.FromMinutes(1)),
        ["Get"] = store => store.GetAsync("outage:get"),
        ["GetAndDelete"] = store => store.GetAndDeleteAsync("outage:get-and-delete"),
        ["Increment"] = store => store.IncrementAsync("outage:increment", TimeSpan.FromMinutes(1)),
        ["GetTimeToLive"] = store => store.GetTimeToLiveAsync("outage:time-to-live"),
        ["Delete"] = store => store.DeleteAsync("outage:delete"),
        ["Ping"] = store => store.PingAsync(),
    };

    private readonly List<RedisConnection> connections = [];
    private RedisServer server = null!;

    public static TheoryData<string> OperationNames => new(Operations.Keys);

    public async Task InitializeAsync() => server = await RedisServer.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }
        await server.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(OperationNames))]
    public async Task Every_operation_fails_fast_once_the_server_goes_down(string operation)
    {
        var store = CreateStore();
        await WaitUntilReachable(store);

        await server.StopAsync();

        await ShouldFailFast(() => Operations[operation](store));
    }

    [Theory]
    [MemberData(nameof(OperationNames))]
    public async Task A_store_created_while_the_server_is_down_fails_fast(string operation)
    {
        await server.StopAsync();

        var store = CreateStore();

        await ShouldFailFast(() => Operations[operation](store));
    }

    [Fact]
    public async Task The_same_store_works_again_by_itself_once_the_server_is_back()
    {
        var store = CreateStore();
        await WaitUntilReachable(store);
        // Every operation once before the outage, so that state the client caches (such as loaded scripts) is stale after it.
        await RunEveryOperation(store);
        await store.SetAsync("outage:lost", "value", TimeSpan.FromMinutes(1));
        await server.StopAsync();
        await ShouldFailFast(store.PingAsync);

        await server.StartAgainAsync();
        await WaitUntilReachable(store);

        await RunEveryOperation(store);
        (await store.GetAsync("outage:lost")).Should().BeNull("the restarted server keeps nothing");
        (await store.IncrementAsync("outage:counter", TimeSpan.FromMinutes(1))).Should().Be(1);
    }

    private RedisStore CreateStore()
    {
        var options = new RedisOptions
        {
            Configuration = server.Configuration,
            OperationTimeoutMilliseconds = (int)OperationTimeout.TotalMilliseconds,
        };
        var connection = new RedisConnection(Options.Create(options));
        connections.Add(connection);
        return new RedisStore(connection);
    }

    private static async Task RunEveryOperation(IKeyValueStore store)
    {
        foreach (var operation in Operations.Values)
        {
            await operation(store);
        }
    }

    private static async Task ShouldFailFast(Func<Task> operation)
    {
        var stopwatch = Stopwatch.StartNew();

        await operation.Should().ThrowAsync<StoreUnavailableException>();

        stopwatch.Elapsed.Should().BeLessThan(FailFastLimit);
    }

    private static async Task WaitUntilReachable(IKeyValueStore store)
    {
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await store.PingAsync();
                return;
            }
            catch (StoreUnavailableException) when (stopwatch.Elapsed < RecoveryLimit)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100));
            }
        }
    }
}

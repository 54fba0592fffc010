using Microsoft.Extensions.Options;
using HomeRental.Api.Infrastructure.Store;
using HomeRental.Api.Tests.Support;
using StackExchange.Redis;

namespace HomeRental.Api.Tests.Store;

public sealed class RedisStoreContractTests : StoreContractTests, IAsyncLifetime
{
    private RedisConnection? connection;

    protected override IKeyValueStore CreateStore()
    {
        var options = new RedisOptions
        {
            Configuration = RedisServer.Shared.Configuration,
            // Timeouts are the outage tests' business; here a generous one keeps a busy machine from failing the contract.
            OperationTimeoutMilliseconds = 10_000,
        };
        connection = new RedisConnection(Options.Create(options));
        return new RedisStore(connection);
    }

    /// <summary>
    /// Redis expires keys by its own clock, which no test can move: this waits until that clock, read with TIME, has
    /// moved <paramref name="span"/> on, however slowly the machine runs the test meanwhile.
    /// </summary>
    protected override async Task LetTimePassAsync(TimeSpan span)
    {
        var database = await connection!.GetDatabaseAsync();
        var until = await ServerTimeAsync(database) + span;
        for (var now = await ServerTimeAsync(database); now < until; now = await ServerTimeAsync(database))
        {
            await Task.Delay(until - now);
        }
    }

    private static async Task<DateTimeOffset> ServerTimeAsync(IDatabase database)
    {
        var time = (RedisResult[])(await database.ExecuteAsync("TIME"))!;
        return DateTimeOffset.FromUnixTimeSeconds((long)time[0]).AddTicks((long)time[1] * TimeSpan.TicksPerMicrosecond);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }
    }
}

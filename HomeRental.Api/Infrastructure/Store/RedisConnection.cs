using StackExchange.Redis;

namespace HomeRental.Api.Infrastructure.Store;

/// <summary>One multiplexer for the process, connected on first use and reconnecting by itself after an outage.</summary>
public sealed class RedisConnection(RedisOptions options) : IAsyncDisposable
{
    private readonly Lazy<Task<ConnectionMultiplexer>> multiplexer = new(() => ConnectAsync(options));

    public async Task<IDatabase> GetDatabaseAsync() => (await multiplexer.Value).GetDatabase(0);

    public async ValueTask DisposeAsync()
    {
        if (multiplexer.IsValueCreated && multiplexer.Value.IsCompletedSuccessfully)
        {
            await multiplexer.Value.Result.CloseAsync();
            multiplexer.Value.Result.Dispose();
        }
    }

    private static async Task<ConnectionMultiplexer> ConnectAsync(RedisOptions options)
    {
        var configuration = ConfigurationOptions.Parse(options.Configuration);
        configuration.AbortOnConnectFail = false;
        var timeoutMilliseconds = (int)options.OperationTimeout.TotalMilliseconds;
        configuration.ConnectTimeout = timeoutMilliseconds;
        configuration.SyncTimeout = timeoutMilliseconds;
        var multiplexer = await ConnectionMultiplexer.ConnectAsync(configuration);
        // By default 1.x hands every reply to one worker, in order: under a CPU-bound burst (64 sign-ins hashing
        // passwords) replies waited there past the operation timeout. 2.x dropped the ordering altogether.
        multiplexer.PreserveAsyncOrder = false;
        return multiplexer;
    }
}

using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace HomeRental.Api.Infrastructure.Store;

/// <summary>One multiplexer for the process, connected on first use and reconnecting by itself after an outage.</summary>
public sealed class RedisConnection(IOptions<RedisOptions> options) : IAsyncDisposable
{
    private readonly Lazy<Task<ConnectionMultiplexer>> multiplexer =
        new(() => ConnectionMultiplexer.ConnectAsync(options.Value.ToConfigurationOptions()));

    public async Task<IDatabase> GetDatabaseAsync() => (await multiplexer.Value).GetDatabase(0);

    public async ValueTask DisposeAsync()
    {
        if (multiplexer.IsValueCreated && multiplexer.Value.IsCompletedSuccessfully)
        {
            await multiplexer.Value.Result.CloseAsync();
            multiplexer.Value.Result.Dispose();
        }
    }
}

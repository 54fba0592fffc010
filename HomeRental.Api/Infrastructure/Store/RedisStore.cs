using StackExchange.Redis;

namespace HomeRental.Api.Infrastructure.Store;

/// <summary>
/// The store on a Redis server, shared by every instance of the app. Each call is bounded by
/// <see cref="RedisOptions.OperationTimeoutMilliseconds"/> through the client's own timeouts.
/// </summary>
public sealed class RedisStore(RedisConnection connection) : IKeyValueStore
{
    private const string IncrementScript =
        "local count = redis.call('INCR', KEYS[1]) if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end return count";

    public Task SetAsync(string key, string value, TimeSpan timeToLive) =>
        Run(db => db.StringSetAsync(key, value, timeToLive));

    public Task<bool> SetIfAbsentAsync(string key, string value, TimeSpan timeToLive) =>
        Run(db => db.StringSetAsync(key, value, timeToLive, When.NotExists));

    public Task<string?> GetAsync(string key) =>
        Run(async db => (string?)await db.StringGetAsync(key));

    public Task<string?> GetAndDeleteAsync(string key) =>
        Run(async db => (string?)await db.StringGetDeleteAsync(key));

    public Task<long> IncrementAsync(string key, TimeSpan timeToLive) =>
        Run(async db => (long)await db.ScriptEvaluateAsync(
            IncrementScript, [key], [(long)Math.Ceiling(timeToLive.TotalMilliseconds)]));

    public Task<TimeSpan?> GetTimeToLiveAsync(string key) =>
        Run(db => db.KeyTimeToLiveAsync(key));

    public Task<bool> DeleteAsync(string key) =>
        Run(db => db.KeyDeleteAsync(key));

    public Task PingAsync() => Run(db => db.PingAsync());

    public Task PublishAsync(string channel, string message) =>
        Run(db => db.PublishAsync(RedisChannel.Literal(channel), message));

    public Task SubscribeAsync(string channel, Action<string> handler) =>
        Run(db => db.Multiplexer.GetSubscriber().SubscribeAsync(RedisChannel.Literal(channel), (_, message) => handler(message!)));

    private async Task<T> Run<T>(Func<IDatabase, Task<T>> operation)
    {
        try
        {
            return await operation(await connection.GetDatabaseAsync());
        }
        catch (Exception exception) when (exception is RedisConnectionException or RedisTimeoutException)
        {
            throw new StoreUnavailableException("The Redis store did not answer.", exception);
        }
    }

    private Task Run(Func<IDatabase, Task> operation) =>
        Run(async db =>
        {
            await operation(db);
            return true;
        });
}

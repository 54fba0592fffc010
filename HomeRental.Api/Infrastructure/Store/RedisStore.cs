using StackExchange.Redis;

namespace HomeRental.Api.Infrastructure.Store;

/// <summary>
/// The store on a Redis server, shared by every instance of the app. Each call is bounded by
/// <see cref="RedisOptions.OperationTimeout"/>: StackExchange.Redis 1.x has no timeout of its own for async calls.
/// </summary>
public sealed class RedisStore(RedisConnection connection, RedisOptions options) : IKeyValueStore
{
    private const string GetAndDeleteScript =
        "local value = redis.call('GET', KEYS[1]) if value then redis.call('DEL', KEYS[1]) end return value";

    private const string IncrementScript =
        "local count = redis.call('INCR', KEYS[1]) if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end return count";

    public Task SetAsync(string key, string value, TimeSpan timeToLive) =>
        Run(db => db.StringSetAsync(key, value, timeToLive));

    public Task<bool> SetIfAbsentAsync(string key, string value, TimeSpan timeToLive) =>
        Run(db => db.StringSetAsync(key, value, timeToLive, When.NotExists));

    public Task<string?> GetAsync(string key) =>
        Run(async db => (string?)await db.StringGetAsync(key));

    public Task<string?> GetAndDeleteAsync(string key) =>
        Run(async db => (string?)await db.ScriptEvaluateAsync(GetAndDeleteScript, [key]));

    public Task<long> IncrementAsync(string key, TimeSpan timeToLive) =>
        Run(async db => (long)await db.ScriptEvaluateAsync(
            IncrementScript, [key], [(long)Math.Ceiling(timeToLive.TotalMilliseconds)]));

    public Task<TimeSpan?> GetTimeToLiveAsync(string key) =>
        Run(db => db.KeyTimeToLiveAsync(key));

    public Task<bool> DeleteAsync(string key) =>
        Run(db => db.KeyDeleteAsync(key));

    public Task PingAsync() => Run(db => db.PingAsync());

    private async Task<T> Run<T>(Func<IDatabase, Task<T>> operation)
    {
        try
        {
            var database = await connection.GetDatabaseAsync().WaitAsync(options.OperationTimeout);
            // StackExchange.Redis completes replies on its own reader thread, where the caller's continuation would
            // otherwise run: a sign-in hashing a password there would hold up every other reply until it timed out.
            return await operation(database).WaitAsync(options.OperationTimeout).ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
        }
        catch (Exception exception) when (exception is RedisConnectionException or RedisTimeoutException or TimeoutException)
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

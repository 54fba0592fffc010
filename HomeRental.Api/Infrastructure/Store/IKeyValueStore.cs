namespace HomeRental.Api.Infrastructure.Store;

/// <summary>
/// The short-lived key-value data of the app (captchas, SMS codes, throttles, sessions).
/// Every operation throws <see cref="StoreUnavailableException"/> when the store cannot be reached in time.
/// </summary>
public interface IKeyValueStore
{
    Task SetAsync(string key, string value, TimeSpan timeToLive);

    /// <summary>Sets the key only when it does not exist; true when it was set.</summary>
    Task<bool> SetIfAbsentAsync(string key, string value, TimeSpan timeToLive);

    Task<string?> GetAsync(string key);

    /// <summary>Reads and removes the key in one atomic step: of concurrent callers, one gets the value.</summary>
    Task<string?> GetAndDeleteAsync(string key);

    /// <summary>Adds one to the counter atomically; a new counter starts at 1 and expires after <paramref name="timeToLive"/>.</summary>
    Task<long> IncrementAsync(string key, TimeSpan timeToLive);

    /// <summary>The time the key has left, or null when it does not exist.</summary>
    Task<TimeSpan?> GetTimeToLiveAsync(string key);

    Task<bool> DeleteAsync(string key);

    /// <summary>Answers when the store is reachable; throws <see cref="StoreUnavailableException"/> otherwise.</summary>
    Task PingAsync();
}

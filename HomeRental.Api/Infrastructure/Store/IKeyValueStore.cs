namespace HomeRental.Api.Infrastructure.Store;

/// <summary>
/// The short-lived key-value data of the app (captchas, SMS codes, throttles, sessions), and the messages its
/// instances send each other (house changes).
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

    /// <summary>
    /// Sends <paramref name="message"/> to every subscriber of <paramref name="channel"/>, this instance's included. At most
    /// once: a subscriber that is not connected at that moment never gets it.
    /// </summary>
    Task PublishAsync(string channel, string message);

    /// <summary>
    /// Calls <paramref name="handler"/> with every message published on <paramref name="channel"/> from now on, on a
    /// thread of the store's; after an outage the subscription comes back by itself, without the messages it missed.
    /// </summary>
    Task SubscribeAsync(string channel, Action<string> handler);
}

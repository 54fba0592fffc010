namespace HomeRental.Api.Infrastructure.Store;

/// <summary>
/// The in-process store used when no Redis is configured: one process, nothing survives a restart.
/// A single lock keeps every operation atomic; expired entries are dropped when read and swept once a minute.
/// </summary>
public sealed class EmbeddedStore(TimeProvider timeProvider) : IKeyValueStore
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Action<string>>> subscribers = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private DateTimeOffset nextSweep = DateTimeOffset.MinValue;

    public Task SetAsync(string key, string value, TimeSpan timeToLive)
    {
        lock (gate)
        {
            SweepIfDue();
            entries[key] = new Entry(value, ExpiryAfter(timeToLive));
        }
        return Task.CompletedTask;
    }

    public Task<bool> SetIfAbsentAsync(string key, string value, TimeSpan timeToLive)
    {
        lock (gate)
        {
            if (TryGetLive(key, out _))
            {
                return Task.FromResult(false);
            }
            SweepIfDue();
            entries[key] = new Entry(value, ExpiryAfter(timeToLive));
            return Task.FromResult(true);
        }
    }

    public Task<string?> GetAsync(string key)
    {
        lock (gate)
        {
            return Task.FromResult(TryGetLive(key, out var entry) ? entry.Value : null);
        }
    }

    public Task<string?> GetAndDeleteAsync(string key)
    {
        lock (gate)
        {
            if (!TryGetLive(key, out var entry))
            {
                return Task.FromResult<string?>(null);
            }
            entries.Remove(key);
            return Task.FromResult<string?>(entry.Value);
        }
    }

    public Task<long> IncrementAsync(string key, TimeSpan timeToLive)
    {
        lock (gate)
        {
            if (!TryGetLive(key, out var entry))
            {
                SweepIfDue();
                entries[key] = new Entry("1", ExpiryAfter(timeToLive));
                return Task.FromResult(1L);
            }
            if (!long.TryParse(entry.Value, out var count))
            {
                throw new InvalidOperationException($"The value of '{key}' is not a counter.");
            }
            entries[key] = entry with { Value = (count + 1).ToString() };
            return Task.FromResult(count + 1);
        }
    }

    public Task<TimeSpan?> GetTimeToLiveAsync(string key)
    {
        lock (gate)
        {
            return Task.FromResult<TimeSpan?>(
                TryGetLive(key, out var entry) ? entry.ExpiresAt - timeProvider.GetUtcNow() : null);
        }
    }

    public Task<bool> DeleteAsync(string key)
    {
        lock (gate)
        {
            var existed = TryGetLive(key, out _);
            entries.Remove(key);
            return Task.FromResult(existed);
        }
    }

    public Task PingAsync() => Task.CompletedTask;

    public Task PublishAsync(string channel, string message)
    {
        Action<string>[] handlers;
        lock (gate)
        {
            handlers = subscribers.TryGetValue(channel, out var list) ? [.. list] : [];
        }
        // On the thread pool, as Redis delivers them: the publisher never runs a subscriber's code.
        foreach (var handler in handlers)
        {
            ThreadPool.QueueUserWorkItem(handler, message, preferLocal: false);
        }
        return Task.CompletedTask;
    }

    public Task SubscribeAsync(string channel, Action<string> handler)
    {
        lock (gate)
        {
            if (!subscribers.TryGetValue(channel, out var list))
            {
                subscribers[channel] = list = [];
            }
            list.Add(handler);
        }
        return Task.CompletedTask;
    }

    private DateTimeOffset ExpiryAfter(TimeSpan timeToLive) => timeProvider.GetUtcNow() + timeToLive;

    private bool TryGetLive(string key, out Entry entry)
    {
        if (!entries.TryGetValue(key, out entry))
        {
            return false;
        }
        if (entry.ExpiresAt > timeProvider.GetUtcNow())
        {
            return true;
        }
        entries.Remove(key);
        return false;
    }

    private void SweepIfDue()
    {
        var now = timeProvider.GetUtcNow();
        if (now < nextSweep)
        {
            return;
        }
        nextSweep = now + SweepInterval;
        foreach (var (key, entry) in entries)
        {
            if (entry.ExpiresAt <= now)
            {
                entries.Remove(key);
            }
        }
    }

    private readonly record struct Entry(string Value, DateTimeOffset ExpiresAt);
}

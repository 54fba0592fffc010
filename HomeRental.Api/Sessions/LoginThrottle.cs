using HomeRental.Api.Infrastructure.Store;

namespace HomeRental.Api.Sessions;

/// <summary>Counts failed sign-ins per phone and client address in the store: 5 within 10 minutes lock that pair out until the window ends.</summary>
public sealed class LoginThrottle(IKeyValueStore store)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    /// <summary>How long the pair is still locked out, or null when it may try.</summary>
    public async Task<TimeSpan?> LockedOutForAsync(string phone, string clientAddress)
    {
        var key = Key(phone, clientAddress);
        var failures = await store.GetAsync(key);
        if (failures is null || long.Parse(failures) < MaxFailures)
        {
            return null;
        }
        return await store.GetTimeToLiveAsync(key) ?? TimeSpan.FromSeconds(1);
    }

    public Task RecordFailureAsync(string phone, string clientAddress) =>
        store.IncrementAsync(Key(phone, clientAddress), Window);

    public Task ResetAsync(string phone, string clientAddress) =>
        store.DeleteAsync(Key(phone, clientAddress));

    private static string Key(string phone, string clientAddress) => $"login:failures:{phone}:{clientAddress}";
}

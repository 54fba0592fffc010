using HomeRental.Api.Infrastructure.Store;

namespace HomeRental.Api.Sessions;

/// <summary>
/// Counts sign-in attempts per phone and client address in the store. Each attempt is counted, atomically, before its
/// password is checked: however many arrive at once, at most 5 within 10 minutes are checked, and the rest are locked
/// out until the window ends. A successful sign-in clears the count.
/// </summary>
public sealed class LoginThrottle(IKeyValueStore store)
{
    public const int MaxAttempts = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    /// <summary>Counts the attempt: null when its password may be checked, else how long the pair is still locked out.</summary>
    public async Task<TimeSpan?> CountAttemptAsync(string phone, string clientAddress)
    {
        var key = Key(phone, clientAddress);
        if (await store.IncrementAsync(key, Window) <= MaxAttempts)
        {
            return null;
        }
        return await store.GetTimeToLiveAsync(key) ?? TimeSpan.FromSeconds(1);
    }

    public Task ResetAsync(string phone, string clientAddress) =>
        store.DeleteAsync(Key(phone, clientAddress));

    private static string Key(string phone, string clientAddress) => $"login:attempts:{phone}:{clientAddress}";
}

using HomeRental.Api.Infrastructure.Store;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace HomeRental.Api.Sessions;

/// <summary>
/// Keeps sign-in sessions in the key-value store: the cookie carries only the session id, so a sign-out
/// revokes the session on every instance at once, and with Redis it survives a restart.
/// </summary>
public sealed class StoreTicketStore(IKeyValueStore store, TimeProvider timeProvider) : ITicketStore
{
    public const string KeyPrefix = "session:";

    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private static readonly object IgnoringRequestSession = new();

    /// <summary>From now on this request's session cookie leads to no session, so a sign-in in it stores a new one.</summary>
    public static void IgnoreRequestSession(HttpContext context) => context.Items[IgnoringRequestSession] = true;

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var sessionId = Guid.NewGuid().ToString("N");
        await RenewAsync(sessionId, ticket);
        return sessionId;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        var expiresAt = ticket.Properties.ExpiresUtc ?? timeProvider.GetUtcNow() + Lifetime;
        var timeToLive = expiresAt - timeProvider.GetUtcNow();
        var serialized = Convert.ToBase64String(TicketSerializer.Default.Serialize(ticket));
        return store.SetAsync(KeyPrefix + key, serialized, timeToLive > TimeSpan.Zero ? timeToLive : TimeSpan.FromSeconds(1));
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        var serialized = await store.GetAsync(KeyPrefix + key);
        return serialized is null ? null : TicketSerializer.Default.Deserialize(Convert.FromBase64String(serialized));
    }

    /// <summary>The lookup the cookie handler makes on every request: a store outage leaves the request anonymous.</summary>
    public async Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        if (httpContext.Items.ContainsKey(IgnoringRequestSession))
        {
            return null;
        }
        try
        {
            return await RetrieveAsync(key);
        }
        catch (StoreUnavailableException)
        {
            StoreOutage.Mark(httpContext);
            return null;
        }
    }

    public Task RemoveAsync(string key) => store.DeleteAsync(KeyPrefix + key);
}

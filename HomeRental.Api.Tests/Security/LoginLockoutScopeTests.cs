using System.Net;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Security;

/// <summary>
/// The sign-in lockout holds one phone from one client address: the account's owner elsewhere, and other people
/// behind the attacker's address, still sign in. The addresses come through a trusted proxy's X-Forwarded-For.
/// </summary>
public abstract class LoginLockoutScopeTests : IDisposable
{
    public sealed class WithEmbeddedStore() : LoginLockoutScopeTests(null);

    public sealed class WithRedis() : LoginLockoutScopeTests(RedisServer.Shared.Configuration);

    private const string Attacker = "203.0.113.10";
    private const string Elsewhere = "198.51.100.20";

    private readonly HomeRentalFactory factory;
    private readonly HttpClient client;

    private LoginLockoutScopeTests(string? redisConfiguration)
    {
        factory = new HomeRentalFactory(redisConfiguration)
            .WithSetting("ReverseProxy:TrustForwardedHeaders", "true")
            .WithSetting("RateLimits:SignIn", "0");
        client = factory.CreateApiClient();
    }

    [Fact]
    public async Task A_phone_locked_out_from_one_address_still_signs_in_from_another()
    {
        var victim = await factory.RegisterAsync(factory.CreateApiClient());
        await LockOutAsync(victim.Phone, Attacker);

        var fromAttacker = await client.SignInFromAsync(Attacker, victim.Phone);
        var fromElsewhere = await client.SignInFromAsync(Elsewhere, victim.Phone);

        await fromAttacker.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "too_many_login_attempts");
        fromElsewhere.StatusCode.Should().Be(HttpStatusCode.OK, await fromElsewhere.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Another_phone_from_a_locked_out_address_still_signs_in()
    {
        var victim = await factory.RegisterAsync(factory.CreateApiClient());
        var neighbour = await factory.RegisterAsync(factory.CreateApiClient());
        await LockOutAsync(victim.Phone, Attacker);

        var neighbourSignIn = await client.SignInFromAsync(Attacker, neighbour.Phone);
        var victimSignIn = await client.SignInFromAsync(Attacker, victim.Phone);

        neighbourSignIn.StatusCode.Should().Be(HttpStatusCode.OK, await neighbourSignIn.Content.ReadAsStringAsync());
        await victimSignIn.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "too_many_login_attempts");
    }

    private async Task LockOutAsync(string phone, string address)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await (await client.SignInFromAsync(address, phone, "wrong-password")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
        }
    }

    public void Dispose() => factory.Dispose();
}

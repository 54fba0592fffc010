using System.Net;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Security;

/// <summary>Guessing a password with many sign-ins at once: every attempt is counted before its password is checked.</summary>
public abstract class LoginThrottleRaceTests(HomeRentalFactory factory) : IDisposable
{
    public sealed class WithEmbeddedStore() : LoginThrottleRaceTests(new HomeRentalFactory());

    public sealed class WithRedis() : LoginThrottleRaceTests(new HomeRentalFactory(RedisServer.Shared.Configuration));

    private const int Burst = 50;

    [Fact]
    public async Task Fifty_concurrent_wrong_passwords_get_five_verdicts_and_then_the_right_one_is_locked_out()
    {
        factory.WithSetting("RateLimits:SignIn", "0");
        var victim = await factory.RegisterAsync(factory.CreateApiClient());
        var attacker = factory.CreateApiClient();
        // One token for the whole burst: concurrent first requests would each fetch a token and overwrite the others' cookie.
        await attacker.GetAsync("/api/v1.0/csrf-token");

        var answers = await Task.WhenAll(Enumerable.Range(0, Burst)
            .Select(guess => attacker.SignInAsync(victim.Phone, $"wrong-guess-{guess}")));

        answers.Count(answer => answer.StatusCode == HttpStatusCode.Unauthorized).Should().Be(5, "only 5 passwords are ever checked");
        var refused = answers.Where(answer => answer.StatusCode != HttpStatusCode.Unauthorized).ToList();
        refused.Should().HaveCount(Burst - 5);
        foreach (var answer in refused)
        {
            await answer.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "too_many_login_attempts");
            answer.Headers.RetryAfter!.Delta!.Value.Should().BeGreaterThan(TimeSpan.Zero);
        }
        await (await attacker.SignInAsync(victim.Phone)).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "too_many_login_attempts");
    }

    public void Dispose() => factory.Dispose();
}

using System.Net;
using System.Net.Http.Json;
using HomeRental.Api.Tests.Support;
using HomeRental.Api.Users;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Tests.Accounts;

public abstract class SessionTests(HomeRentalFactory factory) : IDisposable
{
    public sealed class WithEmbeddedStore() : SessionTests(new HomeRentalFactory());

    public sealed class WithRedis() : SessionTests(new HomeRentalFactory(RedisServer.Shared.Configuration));

    private readonly HttpClient client = factory.CreateApiClient();

    [Fact]
    public async Task Signing_in_counts_the_sign_in_and_tells_who_is_signed_in()
    {
        var registered = await factory.RegisterAsync(factory.CreateApiClient());

        var response = await client.SignInAsync(registered.Phone);

        var profile = await response.ReadJsonAsync<UserProfile>();
        profile.LoginCount.Should().Be(2);
        profile.LastLoginAt.Should().BeOnOrAfter(registered.LastLoginAt!.Value);
        response.Headers.GetValues("Set-Cookie").Should().Contain(cookie => cookie.StartsWith("homerental_session=") && cookie.Contains("httponly") && cookie.Contains("samesite=lax"));
        var current = await client.GetFromJsonAsync<CurrentSessionBody>("/api/v1.0/sessions/current");
        current.Should().Be(new CurrentSessionBody(registered.Id, registered.Username, registered.Phone));
    }

    [Fact]
    public async Task An_unknown_phone_and_a_wrong_password_get_the_same_answer()
    {
        var registered = await factory.RegisterAsync(factory.CreateApiClient());

        var wrongPassword = await client.SignInAsync(registered.Phone, "not-the-password");
        var unknownPhone = await client.SignInAsync(AccountSteps.NewPhone(), "not-the-password");

        var first = await wrongPassword.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
        var second = await unknownPhone.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
        first.GetProperty("detail").GetString().Should().Be(second.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Five_failures_lock_the_phone_out_for_that_address_even_with_the_right_password()
    {
        var registered = await factory.RegisterAsync(factory.CreateApiClient());
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await (await client.SignInAsync(registered.Phone, "wrong-password")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
        }

        var locked = await client.SignInAsync(registered.Phone);

        await locked.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "too_many_login_attempts");
        locked.Headers.RetryAfter!.Delta!.Value.Should().BeCloseTo(TimeSpan.FromMinutes(10), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Concurrent_failures_are_all_counted()
    {
        var registered = await factory.RegisterAsync(factory.CreateApiClient());
        // One token for the whole burst: concurrent first requests would each fetch a token and overwrite the others' cookie.
        await client.GetAsync("/api/v1.0/csrf-token");

        var failures = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => client.SignInAsync(registered.Phone, "wrong-password")));

        failures.Should().OnlyContain(response => response.StatusCode == HttpStatusCode.Unauthorized);

        await (await client.SignInAsync(registered.Phone)).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "too_many_login_attempts");
    }

    [Fact]
    public async Task A_success_clears_earlier_failures()
    {
        var registered = await factory.RegisterAsync(factory.CreateApiClient());
        for (var attempt = 0; attempt < 4; attempt++)
        {
            await client.SignInAsync(registered.Phone, "wrong-password");
        }
        (await client.SignInAsync(registered.Phone)).StatusCode.Should().Be(HttpStatusCode.OK);

        await client.SignInAsync(registered.Phone, "wrong-password");

        (await client.SignInAsync(registered.Phone)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_issues_an_anonymous_csrf_token()
    {
        await factory.RegisterAsync(client);

        var signOut = await client.DeleteAsync("/api/v1.0/sessions/current");

        signOut.StatusCode.Should().Be(HttpStatusCode.NoContent);
        signOut.Headers.GetValues("Set-Cookie").Should().Contain(cookie => cookie.StartsWith("csrf_token="));
        await (await client.GetAsync("/api/v1.0/sessions/current")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "not_signed_in");
        var signInAgain = await client.SignInAsync(AccountSteps.NewPhone());
        await signInAgain.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
    }

    [Fact]
    public async Task A_copied_session_cookie_stops_working_after_sign_out()
    {
        var plain = factory.CreateClient(new() { HandleCookies = false });
        var registered = await factory.RegisterAsync(client);
        var signIn = await client.SignInAsync(registered.Phone);
        var sessionCookie = signIn.Headers.GetValues("Set-Cookie").Single(cookie => cookie.StartsWith("homerental_session=")).Split(';')[0];
        var request = () => new HttpRequestMessage(HttpMethod.Get, "/api/v1.0/sessions/current") { Headers = { { "Cookie", sessionCookie } } };
        (await plain.SendAsync(request())).StatusCode.Should().Be(HttpStatusCode.OK);

        await client.DeleteAsync("/api/v1.0/sessions/current");

        await (await plain.SendAsync(request())).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "not_signed_in");
    }

    [Fact]
    public async Task Without_a_session_the_protected_endpoints_answer_401_problems()
    {
        await (await client.GetAsync("/api/v1.0/sessions/current")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "not_signed_in");
        await (await client.GetAsync("/api/v1.0/users/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "not_signed_in");
        await (await client.PatchAsJsonAsync("/api/v1.0/users/me", new { username = "someone" })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "not_signed_in");
    }

    [Fact]
    public async Task A_csrf_token_from_before_sign_in_no_longer_works_after_it()
    {
        var registered = await factory.RegisterAsync(factory.CreateApiClient());
        var raw = factory.CreateClientWithoutCsrfHeader();
        var anonymousToken = (await raw.GetFromJsonAsync<TokenBody>("/api/v1.0/csrf-token"))!.Token;
        var signIn = new HttpRequestMessage(HttpMethod.Post, "/api/v1.0/sessions") { Content = JsonContent.Create(new { phone = registered.Phone, password = AccountSteps.Password }) };
        signIn.Headers.Add("X-CSRF-Token", anonymousToken);
        (await raw.SendAsync(signIn)).StatusCode.Should().Be(HttpStatusCode.OK);

        var patch = new HttpRequestMessage(HttpMethod.Patch, "/api/v1.0/users/me") { Content = JsonContent.Create(new { username = "renamed" }) };
        patch.Headers.Add("X-CSRF-Token", anonymousToken);
        var response = await raw.SendAsync(patch);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "csrf_invalid");
    }

    private sealed record CurrentSessionBody(int UserId, string Username, string Phone);

    private sealed record TokenBody(string Token);

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task A_session_whose_user_is_gone_answers_401_wherever_the_user_is_needed()
    {
        var registered = await factory.RegisterAsync(client);
        await factory.WithDbAsync(db => db.Users.Where(user => user.Id == registered.Id).ExecuteDeleteAsync());

        await (await client.GetAsync("/api/v1.0/users/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "not_signed_in");
        await (await client.GetAsync("/api/v1.0/users/me/identity")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "not_signed_in");
        await (await client.GetAsync("/api/v1.0/sessions/current")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "not_signed_in");
        await (await client.PatchAsJsonAsync("/api/v1.0/users/me", new { username = "ghost" }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "not_signed_in");
    }
}

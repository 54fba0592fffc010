using System.Net;
using System.Net.Http.Json;
using HomeRental.Api.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace HomeRental.Api.Tests.Security;

/// <summary>
/// Session fixation: an attacker signs in as themselves, plants that session cookie in a victim's browser and waits
/// for the victim to sign in or register there. Both start a new session and revoke the planted one.
/// </summary>
public abstract class SessionFixationTests(HomeRentalFactory factory) : IDisposable
{
    public sealed class WithEmbeddedStore() : SessionFixationTests(new HomeRentalFactory());

    public sealed class WithRedis() : SessionFixationTests(new HomeRentalFactory(RedisServer.Shared.Configuration));

    private static readonly Uri Site = new("http://localhost");

    [Fact]
    public async Task Signing_in_over_a_planted_session_cookie_leaves_the_attacker_with_nothing()
    {
        var victim = await factory.RegisterAsync(factory.CreateApiClient());
        var plantedCookie = await AttackersOwnSessionCookieAsync();
        var (victimsBrowser, jar) = BrowserWith(plantedCookie);

        (await victimsBrowser.SignInAsync(victim.Phone)).StatusCode.Should().Be(HttpStatusCode.OK);

        await (await AsAttackerAsync(plantedCookie)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "not_signed_in");
        jar.GetCookies(Site)["homerental_session"]!.Value.Should().NotBe(plantedCookie);
        (await victimsBrowser.GetFromJsonAsync<CurrentSessionBody>("/api/v1.0/sessions/current"))!.UserId.Should().Be(victim.Id);
    }

    [Fact]
    public async Task Registering_over_a_planted_session_cookie_leaves_the_attacker_with_nothing()
    {
        var plantedCookie = await AttackersOwnSessionCookieAsync();
        var (victimsBrowser, _) = BrowserWith(plantedCookie);

        var victim = await factory.RegisterAsync(victimsBrowser);

        await (await AsAttackerAsync(plantedCookie)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "not_signed_in");
        (await victimsBrowser.GetFromJsonAsync<CurrentSessionBody>("/api/v1.0/sessions/current"))!.UserId.Should().Be(victim.Id);
    }

    [Fact]
    public async Task Signing_in_again_in_the_same_browser_also_starts_a_new_session()
    {
        var browser = factory.CreateApiClient();
        var user = await factory.RegisterAsync(browser);
        var before = SessionCookieOf(await browser.SignInAsync(user.Phone));

        var after = SessionCookieOf(await browser.SignInAsync(user.Phone));

        after.Should().NotBe(before);
        await (await AsAttackerAsync(before)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "not_signed_in");
        (await browser.GetAsync("/api/v1.0/sessions/current")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private async Task<string> AttackersOwnSessionCookieAsync()
    {
        var attacker = factory.CreateApiClient();
        var account = await factory.RegisterAsync(attacker);
        var cookie = SessionCookieOf(await attacker.SignInAsync(account.Phone));
        (await AsAttackerAsync(cookie)).StatusCode.Should().Be(HttpStatusCode.OK, "the planted cookie works until the victim signs in");
        return cookie;
    }

    private (HttpClient Browser, CookieContainer Jar) BrowserWith(string sessionCookie)
    {
        var jar = new CookieContainer();
        jar.Add(Site, new Cookie("homerental_session", sessionCookie));
        return (factory.CreateDefaultClient(Site, new CsrfHeaderHandler(jar), new CookieContainerHandler(jar)), jar);
    }

    private Task<HttpResponseMessage> AsAttackerAsync(string sessionCookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1.0/sessions/current");
        request.Headers.Add("Cookie", $"homerental_session={sessionCookie}");
        return factory.CreateClient(new() { HandleCookies = false }).SendAsync(request);
    }

    private static string SessionCookieOf(HttpResponseMessage signIn)
    {
        signIn.StatusCode.Should().Be(HttpStatusCode.OK);
        return signIn.Headers.GetValues("Set-Cookie")
            .Single(cookie => cookie.StartsWith("homerental_session=", StringComparison.Ordinal))
            .Split(';')[0]["homerental_session=".Length..];
    }

    private sealed record CurrentSessionBody(int UserId, string Username, string Phone);

    public void Dispose() => factory.Dispose();
}

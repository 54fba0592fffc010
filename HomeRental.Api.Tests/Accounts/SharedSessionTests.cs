using System.Net;
using System.Net.Http.Json;
using HomeRental.Api.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace HomeRental.Api.Tests.Accounts;

/// <summary>
/// Two instances sharing one database, one Redis and one key ring, as behind a load balancer:
/// a session and a CSRF token from one work on the other, a sign-out on one revokes on both,
/// and a session outlives a restart.
/// </summary>
public sealed class SharedSessionTests : IDisposable
{
    private readonly string sharedDirectory = Directory.CreateTempSubdirectory("homerental-shared-").FullName;
    private readonly List<HomeRentalFactory> instances = [];

    /// <summary>Never started: it only holds the database that the instances share, so that any of them may stop.</summary>
    private readonly HomeRentalFactory databaseOwner = new();

    [Fact]
    public async Task A_session_made_on_one_instance_works_on_the_other_and_a_sign_out_revokes_it_on_both()
    {
        var first = StartInstance();
        var second = StartInstance();
        var phone = AccountSteps.NewPhone();
        await first.RegisterAsync(first.CreateApiClient(), phone);
        var (session, csrfCookie, csrfToken) = await SignInAsync(first, phone);

        var onSecond = await SendAsync(second, HttpMethod.Get, "/api/v1.0/sessions/current", session, csrfCookie, csrfToken);
        var renameOnSecond = await SendAsync(second, HttpMethod.Patch, "/api/v1.0/users/me", session, csrfCookie, csrfToken,
            JsonContent.Create(new { username = "renamed-on-second" }));
        var signOutOnSecond = await SendAsync(second, HttpMethod.Delete, "/api/v1.0/sessions/current", session, csrfCookie, csrfToken);
        var onFirstAfterSignOut = await SendAsync(first, HttpMethod.Get, "/api/v1.0/sessions/current", session, csrfCookie, csrfToken);

        onSecond.StatusCode.Should().Be(HttpStatusCode.OK);
        renameOnSecond.StatusCode.Should().Be(HttpStatusCode.OK, "the CSRF token of one instance is accepted by the other");
        signOutOnSecond.StatusCode.Should().Be(HttpStatusCode.NoContent);
        await onFirstAfterSignOut.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "not_signed_in");
    }

    [Fact]
    public async Task Signing_in_on_one_instance_revokes_the_session_the_request_carried_on_the_other()
    {
        var first = StartInstance();
        var second = StartInstance();
        var attackerPhone = AccountSteps.NewPhone();
        var victimPhone = AccountSteps.NewPhone();
        await first.RegisterAsync(first.CreateApiClient(), attackerPhone);
        await first.RegisterAsync(first.CreateApiClient(), victimPhone);
        var (planted, csrfCookie, csrfToken) = await SignInAsync(first, attackerPhone);

        var victimSignsIn = await SendAsync(second, HttpMethod.Post, "/api/v1.0/sessions", planted, csrfCookie, csrfToken,
            JsonContent.Create(new { phone = victimPhone, password = AccountSteps.Password }));
        var plantedOnFirst = await SendAsync(first, HttpMethod.Get, "/api/v1.0/sessions/current", planted, csrfCookie, csrfToken);

        victimSignsIn.StatusCode.Should().Be(HttpStatusCode.OK);
        await plantedOnFirst.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "not_signed_in");
    }

    [Fact]
    public async Task A_session_survives_a_restart()
    {
        var before = StartInstance();
        var phone = AccountSteps.NewPhone();
        await before.RegisterAsync(before.CreateApiClient(), phone);
        var (session, csrfCookie, csrfToken) = await SignInAsync(before, phone);
        before.Dispose();

        var after = StartInstance();
        var response = await SendAsync(after, HttpMethod.Get, "/api/v1.0/sessions/current", session, csrfCookie, csrfToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private HomeRentalFactory StartInstance()
    {
        var instance = new HomeRentalFactory(RedisServer.Shared.Configuration)
            .ShareDatabaseOf(databaseOwner)
            .WithSetting("Storage:KeysPath", Path.Combine(sharedDirectory, "keys"));
        instances.Add(instance);
        return instance;
    }

    private static async Task<(string Session, string CsrfCookie, string CsrfToken)> SignInAsync(HomeRentalFactory instance, string phone)
    {
        var jar = new CookieContainer();
        var client = instance.CreateDefaultClient(new Uri("http://localhost"), new CsrfHeaderHandler(jar), new CookieContainerHandler(jar));
        (await client.SignInAsync(phone)).StatusCode.Should().Be(HttpStatusCode.OK);
        var cookies = jar.GetCookies(new Uri("http://localhost"));
        return ($"homerental_session={cookies["homerental_session"]!.Value}",
            $"homerental_antiforgery={cookies["homerental_antiforgery"]!.Value}",
            cookies["csrf_token"]!.Value);
    }

    private static Task<HttpResponseMessage> SendAsync(HomeRentalFactory instance, HttpMethod method, string path,
        string session, string csrfCookie, string csrfToken, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add("Cookie", $"{session}; {csrfCookie}");
        request.Headers.Add("X-CSRF-Token", Uri.UnescapeDataString(csrfToken));
        return instance.CreateClient(new() { HandleCookies = false }).SendAsync(request);
    }

    public void Dispose()
    {
        instances.ForEach(instance => instance.Dispose());
        databaseOwner.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(sharedDirectory, recursive: true);
    }
}

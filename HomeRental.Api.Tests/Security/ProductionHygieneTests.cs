using System.Net;
using System.Net.Http.Json;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Security;

/// <summary>Outside Development: cookies are Secure, and no secret, password, SMS code, session or token reaches a log line.</summary>
public sealed class ProductionHygieneTests : IAsyncLifetime
{
    private const string ApiSecret = "vonage-secret-never-logged";
    private readonly FakeVonageServer vonage = new(apiSecret: ApiSecret);
    private HomeRentalFactory factory = null!;

    public async Task InitializeAsync()
    {
        await vonage.StartAsync();
        factory = new HomeRentalFactory { EnvironmentName = "Production" };
        foreach (var (key, value) in vonage.SmsConfiguration())
        {
            factory.WithSetting(key, value);
        }
    }

    [Fact]
    public async Task A_whole_account_journey_leaves_no_secret_in_the_logs_and_sets_secure_cookies()
    {
        var client = factory.CreateApiClient("https://localhost");
        var phone = AccountSteps.NewPhone();
        const string password = "a-password-never-logged";

        (await factory.RequestSmsCodeAsync(client, phone)).StatusCode.Should().Be(HttpStatusCode.Accepted);
        var smsCode = vonage.LastCodeSentTo(phone)!;
        var register = await client.PostAsJsonAsync("/api/v1.0/users", new { phone, smsCode, password });
        register.StatusCode.Should().Be(HttpStatusCode.Created);
        (await client.SignInAsync(phone, "a-wrong-password-never-logged")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var signIn = await client.SignInAsync(phone, password);
        signIn.StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/api/v1.0/users/me")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.DeleteAsync("/api/v1.0/sessions/current")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var cookies = signIn.Headers.GetValues("Set-Cookie").ToList();
        cookies.Should().OnlyContain(cookie => cookie.Contains("; secure"), "every cookie is Secure outside Development");
        var cookieValues = cookies.Select(cookie => cookie.Split(';')[0].Split('=', 2)[1]).Where(value => value.Length > 8);
        var logs = factory.Logs.AllText;
        logs.Should().NotContain(ApiSecret).And.NotContain(password).And.NotContain("a-wrong-password-never-logged").And.NotContain(smsCode);
        foreach (var value in cookieValues)
        {
            logs.Should().NotContain(value, "no session id or CSRF token is logged");
        }
        logs.Should().Contain("sms", "the log was captured at all").And.NotContain(phone, "phones are masked");
    }

    [Fact]
    public async Task Behind_a_tls_terminating_proxy_the_csrf_cookies_are_secure()
    {
        factory.WithSetting("ReverseProxy:TrustForwardedHeaders", "true");
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1.0/csrf-token") { Headers = { { "X-Forwarded-Proto", "https" } } };

        var response = await factory.CreateClient(new() { HandleCookies = false }).SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("Set-Cookie").Should().HaveCount(2).And.OnlyContain(cookie => cookie.Contains("; secure"));
    }

    public async Task DisposeAsync()
    {
        factory.Dispose();
        await vonage.DisposeAsync();
    }
}

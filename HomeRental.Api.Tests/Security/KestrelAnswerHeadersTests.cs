using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Security;

/// <summary>
/// Requests that Kestrel refuses itself, before any middleware runs, still get the security headers, Strict-Transport-Security
/// included. A real Kestrel (the app as a process in Production) over a raw TCP connection: the TestServer has no Kestrel.
/// </summary>
public sealed class KestrelAnswerHeadersTests : IAsyncLifetime
{
    private const string Host = "Host: localhost\r\n";
    private readonly HomeRentalFactory data = new();
    private AppProcess app = null!;

    public async Task InitializeAsync() => app = await AppProcess.StartAsync(data, redisConfiguration: "", environmentName: "Production");

    public static TheoryData<string, string, int> Refusals => new()
    {
        { "a NUL in the path", $"GET /a%00b HTTP/1.1\r\n{Host}\r\n", 400 },
        { "a malformed request line", "GET/ HTTP/1.1 nonsense\r\n\r\n", 400 },
        { "no Host header", "GET / HTTP/1.1\r\n\r\n", 400 },
        { "a request line over 8 KiB", $"GET /{new string('a', 9000)} HTTP/1.1\r\n{Host}\r\n", 414 },
        { "headers over 32 KiB", $"GET / HTTP/1.1\r\n{Host}X-Large: {new string('a', 40_000)}\r\n\r\n", 431 },
        { "over 100 headers", $"GET / HTTP/1.1\r\n{Host}{string.Concat(Enumerable.Range(0, 101).Select(i => $"X-Header-{i}: a\r\n"))}\r\n", 431 },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_request_kestrel_refuses_itself_gets_the_security_headers(string what, string request, int status)
    {
        var answer = (await RawHttp.ExchangeAsync(app.Port, request)).Should().ContainSingle(what).Subject;

        answer.Status.Should().Be(status, what);
        ShouldCarryTheSecurityHeadersOnce(answer);
    }

    [Fact]
    public async Task A_refusal_after_answers_of_the_app_on_the_same_connection_gets_them_too()
    {
        var answers = await RawHttp.ExchangeAsync(app.Port,
            $"GET /api/v1.0/districts HTTP/1.1\r\n{Host}\r\n" +
            $"HEAD /health/live HTTP/1.1\r\n{Host}\r\n" +
            $"POST /api/v1.0/sessions HTTP/1.1\r\n{Host}Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{{}}" +
            $"GET /a%00b HTTP/1.1\r\n{Host}\r\n");

        answers.Select(answer => answer.Status).Should().Equal(200, 200, 400, 400);
        answers.ForEach(ShouldCarryTheSecurityHeadersOnce);
        answers[0].Body.Should().StartWith("[").And.EndWith("]", "the app's answers pass through whole");
        answers[2].ValuesOf("Content-Type").Should().Equal("application/problem+json");
    }

    [Fact]
    public async Task Strict_transport_security_lasts_a_year_without_subdomains_by_default()
    {
        var answer = (await RawHttp.ExchangeAsync(app.Port, $"GET /a%00b HTTP/1.1\r\n{Host}\r\n")).Single();

        answer.ValuesOf("Strict-Transport-Security").Should().Equal("max-age=31536000");
    }

    private static void ShouldCarryTheSecurityHeadersOnce(RawResponse answer)
    {
        answer.ValuesOf("X-Content-Type-Options").Should().Equal("nosniff");
        answer.ValuesOf("X-Frame-Options").Should().Equal("DENY");
        answer.ValuesOf("Referrer-Policy").Should().Equal("strict-origin-when-cross-origin");
        answer.ValuesOf("Content-Security-Policy").Should().ContainSingle().Which.Should().Contain("frame-ancestors 'none'");
        answer.ValuesOf("Strict-Transport-Security").Should().ContainSingle().Which.Should().StartWith("max-age=");
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        data.Dispose();
    }
}

using System.Net;
using System.Net.Http.Json;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Platform;

public sealed class CsrfTests(CsrfTests.Fixture fixture) : IClassFixture<CsrfTests.Fixture>
{
    public sealed class Fixture : HomeRentalFactory;

    // An unknown route answers 404 once the request is past the CSRF check, so it shows the check alone.
    private const string UnsafeTarget = "/api/v1.0/no-such-thing";

    [Fact]
    public async Task The_token_endpoint_returns_the_token_and_sets_the_cookies()
    {
        var response = await fixture.CreateClient(new() { HandleCookies = false }).GetAsync("/api/v1.0/csrf-token");

        var body = await response.ReadJsonAsync<TokenResponse>();
        body.Token.Should().NotBeNullOrWhiteSpace();
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        cookies.Should().Contain($"csrf_token={body.Token}; path=/; samesite=lax");
        cookies.Should().Contain(cookie => cookie.StartsWith("homerental_antiforgery="));
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task Unsafe_methods_without_the_header_are_refused(string method)
    {
        var client = fixture.CreateClientWithoutCsrfHeader();
        await client.GetAsync("/api/v1.0/csrf-token");

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), UnsafeTarget)
        {
            Content = JsonContent.Create(new { }),
        });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "csrf_invalid");
    }

    [Fact]
    public async Task A_header_that_does_not_match_the_cookie_is_refused()
    {
        var client = fixture.CreateClientWithoutCsrfHeader();
        await client.GetAsync("/api/v1.0/csrf-token");
        var otherToken = (await fixture.CreateClientWithoutCsrfHeader().GetFromJsonAsync<TokenResponse>("/api/v1.0/csrf-token"))!.Token;

        var request = new HttpRequestMessage(HttpMethod.Post, UnsafeTarget) { Content = JsonContent.Create(new { }) };
        request.Headers.Add("X-CSRF-Token", otherToken);
        var response = await client.SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "csrf_invalid");
    }

    [Fact]
    public async Task The_header_without_the_cookie_is_refused()
    {
        var token = (await fixture.CreateClientWithoutCsrfHeader().GetFromJsonAsync<TokenResponse>("/api/v1.0/csrf-token"))!.Token;
        var request = new HttpRequestMessage(HttpMethod.Post, UnsafeTarget) { Content = JsonContent.Create(new { }) };
        request.Headers.Add("X-CSRF-Token", token);

        var response = await fixture.CreateClientWithoutCsrfHeader().SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "csrf_invalid");
    }

    [Fact]
    public async Task The_cookie_value_in_the_header_is_accepted()
    {
        var response = await fixture.CreateApiClient().PostAsJsonAsync(UnsafeTarget, new { });

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task A_page_load_gives_a_usable_token()
    {
        var client = fixture.CreateApiClient();
        (await client.GetAsync("/")).EnsureSuccessStatusCode();

        var response = await client.PostAsJsonAsync(UnsafeTarget, new { });

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    private sealed record TokenResponse(string Token);
}

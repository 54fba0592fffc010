using System.Net;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Platform;

public sealed class PageRouteTests(PageRouteTests.Fixture fixture) : IClassFixture<PageRouteTests.Fixture>
{
    public sealed class Fixture : HomeRentalFactory;

    private readonly HttpClient client = fixture.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

    [Theory]
    [InlineData("/")]
    [InlineData("/index")]
    [InlineData("/index.html")]
    [InlineData("/INDEX.HTML")]
    public async Task The_home_page_is_served_with_the_csrf_cookie(string path)
    {
        var response = await client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await response.Content.ReadAsStringAsync()).Should().Contain("<title>HomeRental · Homes for short stays</title>");
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        cookies.Should().Contain(cookie => cookie.StartsWith("csrf_token=") && cookie.Contains("samesite=lax") && cookie.Contains("path=/") && !cookie.Contains("httponly"));
        cookies.Should().Contain(cookie => cookie.StartsWith("homerental_antiforgery=") && cookie.Contains("httponly"));
    }

    [Fact]
    public async Task The_favicon_is_served_from_the_web_root()
    {
        var response = await client.GetAsync("/favicon.ico");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("image/x-icon");
        var expected = await File.ReadAllBytesAsync(Path.Combine(FindWebRoot(), "favicon.ico"));
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(expected);
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/no-such-page.html")]
    [InlineData("/a/b/c")]
    public async Task An_unknown_page_is_404_with_the_not_found_page(string path)
    {
        var response = await client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Page not found");
        response.Headers.GetValues("Set-Cookie").Should().Contain(cookie => cookie.StartsWith("csrf_token="));
    }

    [Theory]
    [InlineData("/../appsettings.json")]
    [InlineData("/..%2fappsettings.json")]
    [InlineData("/%2e%2e/%2e%2e/HomeRental.Api/appsettings.json")]
    [InlineData("/%2e%2e%2f%2e%2e%2fetc%2fpasswd")]
    [InlineData("/..%5c..%5cHomeRental.Api%5cappsettings.json")]
    [InlineData("/html/../../HomeRental.Api/appsettings.json")]
    [InlineData("/....//....//etc/passwd")]
    [InlineData("/%252e%252e/%252e%252e/etc/passwd")]
    public async Task No_path_reaches_a_file_outside_the_web_root(string path)
    {
        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, path));
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().BeOneOf(HttpStatusCode.NotFound, HttpStatusCode.BadRequest);
        body.Should().NotContain("root:x:").And.NotContain("ConnectionStrings");
    }

    [Fact]
    public async Task Static_assets_are_served_from_the_web_root()
    {
        var response = await client.GetAsync("/js/api.js");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("X-CSRF-Token");
    }

    [Theory]
    [InlineData("/api/v1.0/no-such-thing")]
    [InlineData("/api/no-version")]
    [InlineData("/api")]
    public async Task Unknown_api_routes_are_404_problems_never_pages(string path)
    {
        var response = await client.GetAsync(path);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task A_known_api_route_with_the_wrong_method_is_405()
    {
        var response = await fixture.CreateApiClient().DeleteAsync("/api/v1.0/csrf-token");

        await response.ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed, "method_not_allowed");
    }

    private static string FindWebRoot() => HomeRental.Api.Infrastructure.Pages.WebRootLocator.Locate();
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Security;

/// <summary>
/// Requests the framework itself turns down (no body, a wrong content type, a broken form, a method the route does not
/// take) are answered in the API's own words: never "Implicit body inferred for parameter 'request'..." and the like.
/// </summary>
public sealed class FrameworkTextTests : IAsyncLifetime, IDisposable
{
    private static readonly string[] FrameworkFragments =
        ["\"", "parameter", "Implicit", "Service", "IFormFile", "Failed to", "Unexpected", "Expected a supported", "Microsoft.", "System."];

    private readonly HomeRentalFactory factory = new();
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        client = factory.CreateApiClient();
        await factory.RegisterAsync(client);
    }

    public static TheoryData<string, string?, string?> BodiesThatAreNotThere => new()
    {
        { "POST /api/v1.0/sessions", null, null },
        { "POST /api/v1.0/sessions", "", "application/json" },
        { "PATCH /api/v1.0/users/me", null, null },
        { "PUT /api/v1.0/orders/1/status", "", "application/json" },
    };

    [Theory]
    [MemberData(nameof(BodiesThatAreNotThere))]
    public async Task A_missing_body_is_a_malformed_request_in_the_apis_words(string route, string? body, string? contentType)
    {
        var detail = await DetailOfAsync(await SendAsync(route, body, contentType), HttpStatusCode.BadRequest, "malformed_request");

        detail.Should().Be("The request body is missing: send a JSON object (Content-Type: application/json).");
    }

    [Theory]
    [InlineData("POST /api/v1.0/sessions", "null", "application/json", HttpStatusCode.BadRequest, "malformed_request", "JSON object")]
    [InlineData("POST /api/v1.0/sessions", "{}", "text/plain", HttpStatusCode.UnsupportedMediaType, "unsupported_media_type", "application/json")]
    [InlineData("POST /api/v1.0/sessions", "{}", null, HttpStatusCode.UnsupportedMediaType, "unsupported_media_type", "application/json")]
    [InlineData("PUT /api/v1.0/users/me/avatar", "{}", "application/json", HttpStatusCode.UnsupportedMediaType, "unsupported_media_type", "multipart/form-data")]
    [InlineData("PUT /api/v1.0/users/me/avatar", "a=b", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType, "unsupported_media_type", "multipart/form-data")]
    [InlineData("PUT /api/v1.0/users/me/avatar", null, null, HttpStatusCode.BadRequest, "malformed_request", "multipart/form-data")]
    [InlineData("PUT /api/v1.0/users/me/avatar", "abc", "multipart/form-data", HttpStatusCode.BadRequest, "malformed_request", "multipart/form-data")]
    [InlineData("PUT /api/v1.0/users/me/avatar", "--x\r\nContent-Disposition: form-data; name=\"avatar\"; filename=\"a.png\"\r\n\r\nab",
        "multipart/form-data; boundary=x", HttpStatusCode.BadRequest, "malformed_request", "multipart/form-data")]
    [InlineData("PUT /api/v1.0/sessions", null, null, HttpStatusCode.MethodNotAllowed, "method_not_allowed", "PUT is not allowed")]
    [InlineData("GET /api/v1.0/houses?page=abc", null, null, HttpStatusCode.BadRequest, "validation_failed", "page")]
    [InlineData("GET /api/v1.0/houses/abc", null, null, HttpStatusCode.BadRequest, "validation_failed", "id")]
    public async Task What_the_framework_turns_down_is_said_in_the_apis_words(
        string route, string? body, string? contentType, HttpStatusCode status, string code, string mentions)
    {
        var detail = await DetailOfAsync(await SendAsync(route, body, contentType), status, code);

        detail.Should().Contain(mentions);
    }

    private async Task<HttpResponseMessage> SendAsync(string route, string? body, string? contentType)
    {
        var (method, path) = (route.Split(' ')[0], route.Split(' ')[1]);
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            }
        }
        return await client.SendAsync(request);
    }

    private static async Task<string> DetailOfAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var detail = (await response.ShouldBeProblemAsync(status, code)).GetProperty("detail").GetString()!;
        foreach (var fragment in FrameworkFragments)
        {
            detail.Should().NotContain(fragment, "the detail is in the API's own words");
        }
        return detail;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => factory.Dispose();
}

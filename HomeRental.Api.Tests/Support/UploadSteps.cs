using System.Net.Http.Headers;

namespace HomeRental.Api.Tests.Support;

/// <summary>Uploads as the pages send them, and the checks every served upload must pass.</summary>
public static class UploadSteps
{
    public const string CacheControl = "public, max-age=31536000, immutable";

    public static Task<HttpResponseMessage> UploadAvatarAsync(this HttpClient client, byte[] bytes,
        string fileName = "avatar.png", string contentType = "image/png")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var content = new MultipartFormDataContent { { file, "avatar", fileName } };
        return client.PutAsync("/api/v1.0/users/me/avatar", content);
    }

    /// <summary>Served inert (never sniffed, never run as a page) and cacheable by any cache for a year, under an entity tag.</summary>
    public static void ShouldBeServedAsUpload(this HttpResponseMessage response)
    {
        response.Headers.NonValidated["X-Content-Type-Options"].ToString().Should().Be("nosniff");
        response.Headers.NonValidated["Content-Security-Policy"].ToString().Should().Be("default-src 'none'; sandbox");
        response.Headers.NonValidated["Cache-Control"].ToString().Should().Be(CacheControl);
        response.Headers.ETag.Should().NotBeNull();
    }
}

namespace HomeRental.Api.Tests.Support;

/// <summary>The checks every served upload must pass.</summary>
public static class UploadSteps
{
    public const string CacheControl = "public, max-age=31536000, immutable";

    /// <summary>Served inert (never sniffed, never run as a page) and cacheable by any cache for a year, under an entity tag.</summary>
    public static void ShouldBeServedAsUpload(this HttpResponseMessage response)
    {
        response.Headers.NonValidated["X-Content-Type-Options"].ToString().Should().Be("nosniff");
        response.Headers.NonValidated["Content-Security-Policy"].ToString().Should().Be("default-src 'none'; sandbox");
        response.Headers.NonValidated["Cache-Control"].ToString().Should().Be(CacheControl);
        response.Headers.ETag.Should().NotBeNull();
    }
}

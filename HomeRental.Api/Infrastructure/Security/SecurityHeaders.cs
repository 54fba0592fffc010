using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace HomeRental.Api.Infrastructure.Security;

/// <summary>
/// The headers every answer carries, so that pages cannot be framed, sniffed or made to run injected scripts, and, outside
/// Development, browsers keep to HTTPS. <see cref="SecurityHeadersMiddleware"/> puts them on the app's answers and
/// <see cref="KestrelAnswerHeaders"/> on the ones Kestrel makes itself.
/// </summary>
public sealed class SecurityHeaders
{
    // blob: lets the pages preview an image before it is uploaded.
    private const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string SwaggerPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public SecurityHeaders(IOptions<StrictTransportSecurityOptions> strictTransportSecurity, IHostEnvironment environment)
    {
        var common = new List<KeyValuePair<string, string>>
        {
            new(HeaderNames.XContentTypeOptions, "nosniff"),
            new(HeaderNames.XFrameOptions, "DENY"),
            new("Referrer-Policy", "strict-origin-when-cross-origin"),
        };
        if (!environment.IsDevelopment())
        {
            common.Add(new(HeaderNames.StrictTransportSecurity, strictTransportSecurity.Value.HeaderValue));
        }
        ForPages = [.. common, new(HeaderNames.ContentSecurityPolicy, PagePolicy)];
        ForSwagger = [.. common, new(HeaderNames.ContentSecurityPolicy, SwaggerPolicy)];
    }

    /// <summary>For everything but Swagger UI, Kestrel's own answers included.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ForPages { get; }

    /// <summary>Swagger UI's policy allows its inline styles.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ForSwagger { get; }
}

using Microsoft.Net.Http.Headers;

namespace HomeRental.Api.Infrastructure.Security;

/// <summary>
/// Headers on every response that keep the pages from being framed, sniffed or made to run injected scripts.
/// Swagger UI gets a policy that allows its inline styles; uploads add their own stricter sandbox.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    // blob: lets the pages preview an image before it is uploaded.
    private const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string SwaggerPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var isSwagger = context.Request.Path.StartsWithSegments("/swagger");
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers[HeaderNames.XContentTypeOptions] = "nosniff";
            headers[HeaderNames.XFrameOptions] = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.TryAdd(HeaderNames.ContentSecurityPolicy, isSwagger ? SwaggerPolicy : PagePolicy);
            return Task.CompletedTask;
        });
        return next(context);
    }
}

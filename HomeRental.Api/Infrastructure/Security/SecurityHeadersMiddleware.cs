using Microsoft.Net.Http.Headers;

namespace HomeRental.Api.Infrastructure.Security;

/// <summary>
/// Puts the <see cref="SecurityHeaders"/> on every answer of the app, over the antiforgery's X-Frame-Options: SAMEORIGIN;
/// a Content-Security-Policy the answer has already (the stricter sandbox of uploads) is kept. Under Kestrel it also tells the connection when the answer is complete, so that
/// <see cref="KestrelAnswerHeaders"/> knows where the next answer starts.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, SecurityHeaders securityHeaders)
{
    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Request.Path.StartsWithSegments("/swagger") ? securityHeaders.ForSwagger : securityHeaders.ForPages;
        context.Response.OnStarting(() =>
        {
            foreach (var (name, value) in headers)
            {
                if (name != HeaderNames.ContentSecurityPolicy || !context.Response.Headers.ContainsKey(name))
                {
                    context.Response.Headers[name] = value;
                }
            }
            return Task.CompletedTask;
        });
        if (context.Features.Get<IResponseCompletionFeature>() is { } completion)
        {
            context.Response.OnCompleted(() =>
            {
                completion.ResponseCompleted();
                return Task.CompletedTask;
            });
        }
        return next(context);
    }
}

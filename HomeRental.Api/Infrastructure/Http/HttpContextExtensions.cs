namespace HomeRental.Api.Infrastructure.Http;

public static class HttpContextExtensions
{
    /// <summary>The address the request came from: the proxy's X-Forwarded-For where that is trusted (ReverseProxySetup).</summary>
    public static string ClientAddress(this HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>Sets <c>Retry-After</c> to <paramref name="wait"/> in whole seconds, at least one, and answers that number.</summary>
    public static int SetRetryAfter(this HttpResponse response, TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        response.Headers.RetryAfter = seconds.ToString();
        return seconds;
    }
}

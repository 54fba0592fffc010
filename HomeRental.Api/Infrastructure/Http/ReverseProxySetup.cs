using Microsoft.AspNetCore.HttpOverrides;

namespace HomeRental.Api.Infrastructure.Http;

public static class ReverseProxySetup
{
    public const string TrustForwardedHeadersKey = "ReverseProxy:TrustForwardedHeaders";

    /// <summary>
    /// Behind a reverse proxy, takes the client's address and scheme from X-Forwarded-For and X-Forwarded-Proto,
    /// so that the login throttle and the rate limits count each client, not the proxy. Only turn it on when
    /// every request comes through a proxy that sets these headers: anyone else could forge them.
    /// </summary>
    public static WebApplication UseForwardedHeadersWhenBehindProxy(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>(TrustForwardedHeadersKey))
        {
            return app;
        }
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = 1,
        };
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        app.UseForwardedHeaders(options);
        return app;
    }
}

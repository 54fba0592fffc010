using System.IO.Pipelines;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace HomeRental.Api.Infrastructure.Security;

/// <summary>
/// Kestrel answers some requests itself, before any middleware runs: a malformed request line, a NUL in the path (400), a
/// request line over its limit (414), headers over theirs (431), headers that arrive too slowly (408); and, after the app,
/// a bare 500 when the app failed without answering. Those answers carry none of the <see cref="SecurityHeaders"/>. This
/// connection middleware gives each connection a <see cref="SecuredResponseHeadWriter"/>, which adds them to every
/// response head that lacks them.
/// </summary>
/// <remarks>
/// Raising Kestrel's limits and enforcing the same limits in the app would not do: a NUL in the path or a malformed
/// request line is refused whatever the limits, and Kestrel still answers by itself beyond the raised ones.
/// </remarks>
public static class KestrelAnswerHeaders
{
    public static IServiceCollection AddKestrelAnswerHeaders(this IServiceCollection services) =>
        services.Configure<KestrelServerOptions>(kestrel => kestrel.ConfigureEndpointDefaults(listen =>
            listen.Use(next => connection => ServeAsync(connection, next, listen.ApplicationServices))));

    private static async Task ServeAsync(ConnectionContext connection, ConnectionDelegate next, IServiceProvider services)
    {
        var transport = connection.Transport;
        var writer = new SecuredResponseHeadWriter(transport.Output, services.GetRequiredService<SecurityHeaders>().ForPages);
        connection.Transport = new DuplexPipe(transport.Input, writer);
        connection.Features.Set<IResponseCompletionFeature>(writer);
        try
        {
            await next(connection);
        }
        finally
        {
            connection.Transport = transport;
        }
    }

    private sealed record DuplexPipe(PipeReader Input, PipeWriter Output) : IDuplexPipe;
}

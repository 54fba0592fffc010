using System.Net;
using System.Net.Sockets;

namespace HomeRental.Api.Tests.Support;

public static class LoopbackPort
{
    /// <summary>A loopback port nothing listens on now; another process may still take it before the caller does.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using System.Net;
using System.Net.Sockets;

namespace Collaboration.Testing;

/// <summary>Loopback ports nobody listens on, so hosts started by parallel tests never collide.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

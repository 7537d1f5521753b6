using System.Net;
using System.Net.Sockets;

namespace Collaboration.Testing;

/// <summary>
/// Loopback ports nobody listens on, so hosts started by parallel tests never collide. They are
/// drawn below Linux's range for outgoing connections (32768–60999): a port from that range can
/// be taken by some client's connection between this check and the host's bind. Each is handed
/// out once per test process.
/// </summary>
public static class FreePort
{
    private const int First = 20000;
    private const int Last = 29999; // Orleans' default gateway port, 30000, stays clear
    private static readonly HashSet<int> Given = [];
    private static readonly Lock Gate = new();

    public static int Next()
    {
        lock (Gate)
        {
            for (var attempt = 0; attempt < 1000; attempt++)
            {
                var port = Random.Shared.Next(First, Last + 1);
                if (Given.Add(port) && IsFree(port))
                {
                    return port;
                }
            }
        }

        throw new InvalidOperationException($"No free loopback port between {First} and {Last}.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}

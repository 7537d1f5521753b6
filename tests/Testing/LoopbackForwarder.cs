using System.Net;
using System.Net.Sockets;

namespace Collaboration.Testing;

/// <summary>
/// A TCP port on loopback that forwards every connection to another loopback port, opened when a
/// test decides: a database that "comes up" while a silo is waiting for it.
/// </summary>
public sealed class LoopbackForwarder : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly int _target;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    private LoopbackForwarder(int port, int target)
    {
        _listener = new TcpListener(IPAddress.Loopback, port);
        _target = target;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>Starts listening on <paramref name="port"/> and forwarding to <paramref name="target"/>.</summary>
    public static LoopbackForwarder Open(int port, int target) => new(port, target);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = ForwardAsync(client);
        }
    }

    private async Task ForwardAsync(TcpClient client)
    {
        using (client)
        using (var server = new TcpClient())
        {
            try
            {
                await server.ConnectAsync(IPAddress.Loopback, _target, _stop.Token);
                var toServer = client.GetStream().CopyToAsync(server.GetStream(), _stop.Token);
                var toClient = server.GetStream().CopyToAsync(client.GetStream(), _stop.Token);
                await Task.WhenAny(toServer, toClient);
            }
            catch (Exception error) when (error is IOException or SocketException or OperationCanceledException)
            {
                // Either side went away; the other is closed with it.
            }
        }
    }
}

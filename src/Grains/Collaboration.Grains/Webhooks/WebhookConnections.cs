using System.Net;
using System.Net.Sockets;

namespace Collaboration.Webhooks;

/// <summary>
/// The HTTP handler deliveries go through: it resolves the receiver's host itself and connects
/// only to addresses <see cref="WebhookNetworks"/> allows, at connect time, so neither a DNS answer
/// that changed since the subscription was made nor a redirect reaches inside. No proxy (it would
/// connect for us, past the check), no redirects (a 3xx is a failed delivery), no cookies.
/// </summary>
public static class WebhookConnections
{
    public static SocketsHttpHandler Handler(WebhookNetworks networks) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectCallback = (context, cancellationToken) => ConnectAsync(networks, context.DnsEndPoint, cancellationToken),
    };

    private static async ValueTask<Stream> ConnectAsync(WebhookNetworks networks, DnsEndPoint endPoint, CancellationToken cancellationToken)
    {
        var host = endPoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = addresses.Where(networks.Allows).ToArray();
        if (allowed.Length == 0)
        {
            throw new HttpRequestException(
                $"{host} resolves to no address webhooks may reach ({string.Join(", ", addresses.Select(a => a.ToString()))}): " +
                "loopback, private, link-local and shared ranges are refused unless Webhooks:AllowedNetworks names them.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, endPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

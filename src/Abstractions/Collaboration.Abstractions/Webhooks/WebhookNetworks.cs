using System.Net;
using System.Net.Sockets;

namespace Collaboration.Webhooks;

/// <summary>
/// Which addresses a webhook may reach: none of the loopback, private, link-local (cloud metadata
/// at 169.254.169.254 among them), shared (CGNAT), multicast or unspecified ranges, unless
/// configuration allows one of them (<see cref="WebhookOptions.AllowedNetworks"/>). Checked when a
/// subscription is made and again on every connection, so a name that later resolves elsewhere
/// cannot reach inside.
/// </summary>
public sealed class WebhookNetworks
{
    private static readonly IPNetwork[] Refused =
    [
        IPNetwork.Parse("0.0.0.0/8"),
        IPNetwork.Parse("10.0.0.0/8"),
        IPNetwork.Parse("100.64.0.0/10"),
        IPNetwork.Parse("127.0.0.0/8"),
        IPNetwork.Parse("169.254.0.0/16"),
        IPNetwork.Parse("172.16.0.0/12"),
        IPNetwork.Parse("192.168.0.0/16"),
        IPNetwork.Parse("224.0.0.0/3"),
        IPNetwork.Parse("::/128"),
        IPNetwork.Parse("::1/128"),
        IPNetwork.Parse("fc00::/7"),
        IPNetwork.Parse("fe80::/10"),
        IPNetwork.Parse("ff00::/8"),
    ];

    private readonly IPNetwork[] _allowed;

    /// <summary>The guard for <paramref name="options"/>; an allowed network that is not CIDR is a configuration error.</summary>
    public WebhookNetworks(WebhookOptions options) =>
        _allowed = [.. options.AllowedNetworks.Select(network => IPNetwork.TryParse(network.Trim(), out var parsed)
            ? parsed
            : throw new InvalidOperationException($"Webhooks:AllowedNetworks: '{network}' is not a network in CIDR form such as 10.20.0.0/16."))];

    /// <summary>Whether a webhook may connect to <paramref name="address"/>.</summary>
    public bool Allows(IPAddress address)
    {
        // An IPv4 address written as IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it is.
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily is not (AddressFamily.InterNetwork or AddressFamily.InterNetworkV6))
        {
            return false;
        }

        return _allowed.Any(network => network.Contains(address)) || !Refused.Any(network => network.Contains(address));
    }
}

using System.Net;
using System.Net.Sockets;
using Collaboration.Api;
using Collaboration.Journal;
using Collaboration.Webhooks;
using Microsoft.Extensions.Options;

namespace Collaboration.Gateway.Apis.Webhooks;

/// <summary>
/// Checks a subscription at the edge: an absolute https URL (http where configuration allows it)
/// whose host has an address webhooks may reach, and event-type prefixes that some type of this
/// installation starts with. The deliverer checks the address again on every connection.
/// </summary>
public sealed class WebhookTarget(IOptions<WebhookOptions> options, ObjectKinds kinds)
{
    private const string TypePrefix = "no.collaboration.";

    private readonly WebhookNetworks _networks = new(options.Value);

    /// <summary>The receiver's URL, or an Invalid refusal naming <paramref name="field"/>.</summary>
    public async Task<Uri> UrlAsync(string? value, string field)
    {
        var text = Field.Required(value, field, 2000);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http") || url.IsFile)
        {
            throw CollaborationException.Invalid(field, $"{field} must be an absolute https URL, not '{text}'.");
        }

        if (url.Scheme == Uri.UriSchemeHttp && !options.Value.AllowHttp)
        {
            throw CollaborationException.Invalid(field, $"{field} must use https: deliveries are signed data, and plain http is not allowed here.");
        }

        if (url.UserInfo.Length > 0)
        {
            throw CollaborationException.Invalid(field, $"{field} must not carry a user name or password.");
        }

        var addresses = await AddressesAsync(url.IdnHost.Trim('[', ']'), field);
        if (!addresses.Any(_networks.Allows))
        {
            throw CollaborationException.Invalid(field,
                $"{field}: {url.Host} resolves only to addresses webhooks may not reach ({string.Join(", ", addresses.Select(a => a.ToString()))}): " +
                "loopback, private, link-local, shared and unspecified addresses are refused.");
        }

        return url;
    }

    /// <summary>The event-type prefixes, each one some type of this installation starts with, or an Invalid refusal.</summary>
    public IReadOnlyList<string> EventTypes(IReadOnlyList<string> values, string field)
    {
        if (values.Count == 0)
        {
            throw CollaborationException.Invalid(field, $"{field} needs at least one prefix of event types, such as '{TypePrefix}' for every change.");
        }

        if (values.Count > 50)
        {
            throw CollaborationException.Invalid(field, $"{field} takes at most 50 prefixes.");
        }

        var known = kinds.All.SelectMany(kind => new[] { kind.EventType(1), kind.EventType(2) }).ToList();
        var prefixes = Field.Texts(values, field, 200);
        for (var i = 0; i < prefixes.Count; i++)
        {
            var prefix = prefixes[i];
            if (!prefix.StartsWith(TypePrefix, StringComparison.Ordinal) || !known.Any(type => type.StartsWith(prefix, StringComparison.Ordinal)))
            {
                throw CollaborationException.Invalid($"{field}[{i}]",
                    $"{field}[{i}]: '{prefix}' is not the start of any event type here; types look like 'no.collaboration.forum.updated.v1', " +
                    $"so '{TypePrefix}' or '{TypePrefix}forum.' will do.");
            }
        }

        return [.. prefixes.Distinct(StringComparer.Ordinal)];
    }

    private static async Task<IPAddress[]> AddressesAsync(string host, string field)
    {
        if (IPAddress.TryParse(host, out var literal))
        {
            return [literal];
        }

        try
        {
            return await Dns.GetHostAddressesAsync(host);
        }
        catch (SocketException)
        {
            throw CollaborationException.Invalid(field, $"{field}: the host '{host}' does not resolve.");
        }
    }
}

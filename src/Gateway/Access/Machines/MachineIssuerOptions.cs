using Collaboration.Access;

namespace Collaboration.Gateway.Access.Machines;

/// <summary>
/// One more trusted issuer of machine tokens (section "Auth:Issuers:&lt;name&gt;"), shaped as
/// Maskinporten: RS256 access tokens naming the <c>consumer</c> organisation and the granted <c>scope</c>.
/// </summary>
public sealed class MachineIssuerOptions
{
    /// <summary>The URL of its RFC 8414 authorisation server metadata (<c>…/.well-known/oauth-authorization-server</c>).</summary>
    public string Metadata { get; set; } = "";

    /// <summary>The issuer exactly as its tokens and its metadata name it.</summary>
    public string Issuer { get; set; } = "";

    /// <summary>The audience tokens must name; unset: not checked, as Maskinporten names one only when asked.</summary>
    public string? Audience { get; set; }

    /// <summary>Whether the metadata and keys must come over HTTPS; off only for an issuer on loopback.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>
    /// The scope that grants each role (role → scope). An officer acts for the consumer's body; a
    /// consumer that is not registered here gets <see cref="Roles.Viewer"/> instead.
    /// </summary>
    public Dictionary<string, string> Scopes { get; set; } = new(StringComparer.Ordinal)
    {
        [Roles.Viewer] = "collaboration:read",
        [Roles.Officer] = "collaboration:write",
        [Roles.Peer] = "collaboration:peer",
    };
}

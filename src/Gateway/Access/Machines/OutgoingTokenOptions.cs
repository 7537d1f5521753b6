namespace Collaboration.Gateway.Access.Machines;

/// <summary>
/// The token this installation presents to other systems (section "Auth:Outgoing"): obtained by a
/// JWT grant (RFC 7523) from <see cref="TokenEndpoint"/>, or, on the embedded default with no
/// endpoint, signed with the local key.
/// </summary>
public sealed class OutgoingTokenOptions
{
    /// <summary>The token endpoint of the authorisation server (Maskinporten's <c>…/token</c>); unset: the local key signs.</summary>
    public string? TokenEndpoint { get; set; }

    /// <summary>
    /// This client's id there: the issuer of the assertion. Without a token endpoint, the URL this
    /// installation's peers know it by ("https://samarbeid.trondheimsregionen.example/"): the peer
    /// key then signs Maskinporten-shaped tokens with this issuer, published in its RFC 8414 metadata.
    /// </summary>
    public string Issuer { get; set; } = "";

    /// <summary>Our organisation number: the consumer (0192:&lt;number&gt;) of the tokens the peer key signs.</summary>
    public string? OrganisationNumber { get; set; }

    /// <summary>The scope of the tokens the peer key signs.</summary>
    public string PeerScope { get; set; } = "collaboration:peer";

    /// <summary>True when the peer key signs our tokens: no token endpoint, an issuer and an organisation number named.</summary>
    public bool SignsPeerTokens => string.IsNullOrWhiteSpace(TokenEndpoint) && !string.IsNullOrWhiteSpace(Issuer) && !string.IsNullOrWhiteSpace(OrganisationNumber);

    /// <summary>The audience of the assertion: the authorisation server's issuer.</summary>
    public string Audience { get; set; } = "";

    /// <summary>The scopes asked for, space-separated.</summary>
    public string Scope { get; set; } = "";

    /// <summary>The PEM file of the RSA private key the assertion is signed with (RS256).</summary>
    public string? KeyFile { get; set; }

    /// <summary>The key's id as registered with the authorisation server, sent as <c>kid</c>.</summary>
    public string? KeyId { get; set; }

    /// <summary>How long before its expiry a token is replaced.</summary>
    public TimeSpan RenewBefore { get; set; } = TimeSpan.FromSeconds(30);
}

namespace Collaboration.Gateway.Access;

/// <summary>
/// How callers prove who they are (section "Auth"): JWT bearer tokens from an external OpenID
/// Connect / OAuth2 issuer in production, or signed with a local key on the embedded default.
/// </summary>
public sealed class AuthOptions
{
    /// <summary>The external issuer's URL (its /.well-known/openid-configuration is read); unset for the local key.</summary>
    public string? Authority { get; set; }

    /// <summary>Whether the issuer's metadata must come over HTTPS; off only for an issuer on loopback (tests, development).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The audience tokens must be issued for.</summary>
    public string Audience { get; set; } = "collaboration";

    /// <summary>
    /// The local signing key, created at first start when missing: by default in the user's
    /// configuration folder, never in the repository.
    /// </summary>
    public string LocalKeyFile { get; set; } = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.Create),
        "collaboration", "signing-key.pem");

    /// <summary>The key that signs this installation's own tokens for peers (RS256); by default beside <see cref="LocalKeyFile"/>.</summary>
    public string? PeerKeyFile { get; set; }

    /// <summary>Further issuers of machine tokens (Maskinporten and its like), by a name of the operator's choosing.</summary>
    public Dictionary<string, Machines.MachineIssuerOptions> Issuers { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How this installation obtains a token for its own calls to other systems.</summary>
    public Machines.OutgoingTokenOptions Outgoing { get; set; } = new();

    /// <summary>True when tokens are signed with the local key.</summary>
    public bool UsesLocalKey => string.IsNullOrWhiteSpace(Authority);
}

using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Collaboration.Gateway.Access.Machines;

/// <summary>
/// Reads an issuer's RFC 8414 authorisation server metadata (not OpenID discovery, which
/// Maskinporten does not serve) and the key set its <c>jwks_uri</c> names, into the form the
/// bearer handler validates with. The document must name the issuer we trust exactly (RFC 8414 §3.3).
/// </summary>
public sealed class AuthorizationServerMetadata(string expectedIssuer) : IConfigurationRetriever<OpenIdConnectConfiguration>
{
    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        using var metadata = JsonDocument.Parse(await retriever.GetDocumentAsync(address, cancel));
        var issuer = Text(metadata, "issuer");
        if (!string.Equals(issuer, expectedIssuer, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The metadata at {address} names the issuer '{issuer}', not '{expectedIssuer}'.");
        }

        var jwksUri = Text(metadata, "jwks_uri") ?? throw new InvalidOperationException($"The metadata at {address} names no jwks_uri.");
        var keys = new JsonWebKeySet(await retriever.GetDocumentAsync(jwksUri, cancel));
        var configuration = new OpenIdConnectConfiguration { Issuer = issuer, JwksUri = jwksUri, JsonWebKeySet = keys };
        if (Text(metadata, "token_endpoint") is { } tokenEndpoint)
        {
            configuration.TokenEndpoint = tokenEndpoint;
        }

        foreach (var key in keys.GetSigningKeys())
        {
            configuration.SigningKeys.Add(key);
        }

        return configuration;
    }

    private static string? Text(JsonDocument document, string name) =>
        document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

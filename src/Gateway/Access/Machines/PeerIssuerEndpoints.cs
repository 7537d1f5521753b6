using System.Text.Json.Nodes;

namespace Collaboration.Gateway.Access.Machines;

/// <summary>
/// This installation as the issuer of its own peer tokens, in the shape peers read Maskinporten
/// in: RFC 8414 metadata naming the issuer and the key set, and the key set (public keys only).
/// Served only when <c>Auth:Outgoing:Issuer</c> names the issuer and no token endpoint is used.
/// </summary>
public static class PeerIssuerEndpoints
{
    public const string Metadata = "/.well-known/oauth-authorization-server";
    public const string Keys = "/.well-known/jwks.json";

    public static IEndpointRouteBuilder MapPeerIssuer(this IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.ServiceProvider.GetRequiredService<AuthOptions>();
        if (endpoints.ServiceProvider.GetService<PeerSigningKey>() is not { } key || !auth.Outgoing.SignsPeerTokens)
        {
            return endpoints;
        }

        endpoints.MapGet(Metadata, (HttpRequest request) => Results.Json(new JsonObject
        {
            ["issuer"] = auth.Outgoing.Issuer,
            ["jwks_uri"] = $"{request.Scheme}://{request.Host}{request.PathBase}{Keys}",
            ["token_endpoint_auth_signing_alg_values_supported"] = new JsonArray("RS256"),
        }));
        endpoints.MapGet(Keys, () => Results.Json(new JsonObject
        {
            ["keys"] = new JsonArray(JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(key.PublicJwk, PublicJwkJson.Options))),
        }));
        return endpoints;
    }

    private static class PublicJwkJson
    {
        public static readonly System.Text.Json.JsonSerializerOptions Options = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault };
    }
}

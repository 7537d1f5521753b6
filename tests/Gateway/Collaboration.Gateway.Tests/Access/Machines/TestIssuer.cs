using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Collaboration.Gateway.Tests.Access.Machines;

/// <summary>
/// An authorisation server of Maskinporten's shape on loopback: RFC 8414 metadata, its key set,
/// and a token endpoint taking JWT grants from one registered client, whose tokens name that
/// client's organisation as consumer. It signs with an RSA key of its own.
/// </summary>
public sealed class TestIssuer : IAsyncDisposable
{
    public const string ClientId = "test-client";
    public const string ClientKeyId = "client-key";

    private readonly WebApplication _app;
    private int _grants;

    private TestIssuer(WebApplication app, string address, RsaSecurityKey key, RsaSecurityKey client, string clientConsumer)
    {
        _app = app;
        Address = address;
        Key = key;
        app.MapGet("/.well-known/oauth-authorization-server", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["token_endpoint"] = $"{address}/token",
            ["jwks_uri"] = $"{address}/jwk",
            ["grant_types_supported"] = new[] { "urn:ietf:params:oauth:grant-type:jwt-bearer" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        }));
        app.MapGet("/jwk", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(key);
            return Results.Json(new Dictionary<string, object>
            {
                ["keys"] = new[] { new Dictionary<string, string> { ["kty"] = jwk.Kty, ["n"] = jwk.N, ["e"] = jwk.E, ["kid"] = jwk.Kid, ["use"] = "sig", ["alg"] = "RS256" } },
            });
        });
        app.MapPost("/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            var checkedAssertion = await new JsonWebTokenHandler().ValidateTokenAsync(form["assertion"].ToString(), new TokenValidationParameters
            {
                ValidIssuer = ClientId,
                ValidAudience = Issuer,
                IssuerSigningKey = client,
                ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            });
            if (form["grant_type"] != "urn:ietf:params:oauth:grant-type:jwt-bearer" || !checkedAssertion.IsValid)
            {
                return Results.Json(new { error = "invalid_grant" }, statusCode: StatusCodes.Status400BadRequest);
            }

            Interlocked.Increment(ref _grants);
            var scope = (string)checkedAssertion.Claims["scope"];
            return Results.Json(new Dictionary<string, object>
            {
                ["access_token"] = Token(clientConsumer, scope),
                ["token_type"] = "Bearer",
                ["expires_in"] = 120,
                ["scope"] = scope,
            });
        });
    }

    /// <summary>Where it listens.</summary>
    public string Address { get; }

    /// <summary>Its issuer, with the trailing slash Maskinporten's has.</summary>
    public string Issuer => Address + "/";

    /// <summary>The key it signs with.</summary>
    public RsaSecurityKey Key { get; }

    /// <summary>How many grants it has answered.</summary>
    public int Grants => Volatile.Read(ref _grants);

    /// <summary>Starts it on a free loopback port, trusting <paramref name="client"/> as the key of <see cref="ClientId"/>.</summary>
    public static async Task<TestIssuer> StartAsync(string contentRoot, RsaSecurityKey client, string clientConsumer)
    {
        var address = $"http://127.0.0.1:{FreePort.Next()}";
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = contentRoot });
        builder.WebHost.UseUrls(address);
        var issuer = new TestIssuer(builder.Build(), address, new RsaSecurityKey(RSA.Create(2048)) { KeyId = "issuer-key" }, client, clientConsumer);
        await issuer._app.StartAsync();
        return issuer;
    }

    /// <summary>A token as Maskinporten issues it: for <paramref name="consumer"/> ("0192:…"), with <paramref name="scope"/>.</summary>
    public string Token(string consumer, string scope, Action<SecurityTokenDescriptor>? change = null) =>
        Token(new Dictionary<string, object> { ["consumer"] = Party(consumer), ["scope"] = scope, ["client_id"] = ClientId }, change);

    /// <summary>A token with exactly <paramref name="claims"/>, signed RS256 unless <paramref name="change"/> says otherwise.</summary>
    public string Token(Dictionary<string, object> claims, Action<SecurityTokenDescriptor>? change = null)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Claims = claims,
            IssuedAt = now,
            Expires = now.AddMinutes(2),
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.RsaSha256),
        };
        change?.Invoke(descriptor);
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>The claim value naming a body: <c>{"authority": "iso6523-actorid-upis", "ID": "0192:…"}</c>.</summary>
    public static Dictionary<string, object> Party(string id) => new() { ["authority"] = "iso6523-actorid-upis", ["ID"] = id };

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

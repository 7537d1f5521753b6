using System.Net;
using System.Security.Cryptography;
using Collaboration.Access;
using Collaboration.Gateway.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Collaboration.Gateway.Tests.Access;

/// <summary>
/// Production mode of authentication: tokens from an external OpenID Connect issuer, found by its
/// authority URL (here a small issuer of the test's own on loopback).
/// </summary>
public sealed class ExternalIssuerTests
{
    [Fact]
    public async Task Tokens_of_the_configured_issuer_are_accepted_and_local_ones_are_not()
    {
        var key = new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)) { KeyId = "issuer-key" };
        var authority = $"http://127.0.0.1:{FreePort.Next()}";
        using var issuerFolder = new TempFolder();
        await using var issuer = await StartIssuerAsync(key, authority, issuerFolder.Path);
        using var data = new TempFolder();
        await using var silo = await RunningSilo.StartAsync(data.Path, new Dictionary<string, string>
        {
            ["Auth:Authority"] = authority,
            ["Auth:RequireHttpsMetadata"] = "false",
        });

        using var officer = silo.Client(IssuerToken(key, authority, "collaboration"));
        using var otherAudience = silo.Client(IssuerToken(key, authority, "another-system"));
        using var local = silo.Client(TestTokens.Mint(Path.Combine(data.Path, "local.pem"), new TokenHolder("x", Roles.Admin)));
        var profile = new { name = "Trondheim", county = "Trøndelag" };

        Assert.Equal(HttpStatusCode.Created, (await officer.ApiPutAsync("/api/municipalities/5001", profile)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.ApiPutAsync("/api/municipalities/5028", profile)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await otherAudience.ApiPutAsync("/api/municipalities/5001", profile)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await local.ApiPutAsync("/api/municipalities/5001", profile)).Status);
    }

    private static string IssuerToken(SecurityKey key, string issuer, string audience) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = new Dictionary<string, object>
            {
                [CollaborationClaims.Subject] = "saksbehandler@trondheim",
                [CollaborationClaims.Role] = Roles.Officer,
                [CollaborationClaims.Municipality] = "5001",
            },
            Expires = DateTime.UtcNow.AddMinutes(10),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.EcdsaSha256),
        });

    // The two documents a bearer-token consumer reads: the discovery document and the key set.
    private static async Task<WebApplication> StartIssuerAsync(ECDsaSecurityKey key, string address, string contentRoot)
    {
        // A content root of its own: the test folder holds the silo's appsettings.json and its endpoints.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = contentRoot });
        builder.WebHost.UseUrls(address);
        var issuer = builder.Build();
        issuer.MapGet("/.well-known/openid-configuration", () =>
            Results.Json(new Dictionary<string, object> { ["issuer"] = address, ["jwks_uri"] = $"{address}/jwks" }));
        issuer.MapGet("/jwks", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromECDsaSecurityKey(key);
            return Results.Json(new Dictionary<string, object>
            {
                ["keys"] = new[] { new Dictionary<string, string> { ["kty"] = jwk.Kty, ["crv"] = jwk.Crv, ["x"] = jwk.X, ["y"] = jwk.Y, ["kid"] = jwk.Kid, ["use"] = "sig", ["alg"] = "ES256" } },
            });
        });
        await issuer.StartAsync();
        return issuer;
    }
}

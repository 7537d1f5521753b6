using System.Net;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Collaboration.Gateway.Tests.Access.Machines;

/// <summary>Machine tokens that are not exactly what the configured issuer signs are 401, reads that need a token and changes alike.</summary>
[Collection(MachineAccessCollection.Name)]
public sealed class RefusedMachineTokenTests(MachineAccessFixture fixture)
{
    private const string Write = "collaboration:write";

    [Theory]
    [InlineData("another issuer")]
    [InlineData("another key")]
    [InlineData("HS256")]
    [InlineData("expired")]
    [InlineData("no consumer")]
    [InlineData("consumer as plain text")]
    [InlineData("consumer of another authority")]
    [InlineData("consumer failing the check digit")]
    [InlineData("malformed supplier")]
    public async Task Is_refused(string token)
    {
        using var client = fixture.Silo.Client(Token(token));

        var read = await client.ApiGetAsync("/api/municipalities/5001/history");
        var change = await client.ApiPutAsync("/api/municipalities/5001", MachineAccessFixture.Profile("Trondheim", MachineAccessFixture.Trondheim));

        Assert.Equal(HttpStatusCode.Unauthorized, read.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, change.Status);
    }

    private string Token(string name)
    {
        var issuer = fixture.Issuer;
        var trondheim = TestIssuer.Party(MachineAccessFixture.Trondheim);
        return name switch
        {
            "another issuer" => issuer.Token(MachineAccessFixture.Trondheim, Write, token => token.Issuer = "https://maskinporten.no/"),
            "another key" => issuer.Token(MachineAccessFixture.Trondheim, Write, token =>
                token.SigningCredentials = new SigningCredentials(new RsaSecurityKey(RSA.Create(2048)) { KeyId = issuer.Key.KeyId }, SecurityAlgorithms.RsaSha256)),
            "HS256" => issuer.Token(MachineAccessFixture.Trondheim, Write, token =>
                token.SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = issuer.Key.KeyId }, SecurityAlgorithms.HmacSha256)),
            "expired" => issuer.Token(MachineAccessFixture.Trondheim, Write, token =>
            {
                token.IssuedAt = token.NotBefore = DateTime.UtcNow.AddMinutes(-10);
                token.Expires = DateTime.UtcNow.AddMinutes(-5);
            }),
            "no consumer" => issuer.Token(new Dictionary<string, object> { ["scope"] = Write }),
            "consumer as plain text" => issuer.Token(new Dictionary<string, object> { ["consumer"] = MachineAccessFixture.Trondheim, ["scope"] = Write }),
            "consumer of another authority" => issuer.Token(new Dictionary<string, object>
            {
                ["consumer"] = new Dictionary<string, object> { ["authority"] = "iso6523-actorid-other", ["ID"] = MachineAccessFixture.Trondheim },
                ["scope"] = Write,
            }),
            "consumer failing the check digit" => issuer.Token(new Dictionary<string, object> { ["consumer"] = TestIssuer.Party("0192:942110465"), ["scope"] = Write }),
            "malformed supplier" => issuer.Token(new Dictionary<string, object> { ["consumer"] = trondheim, ["supplier"] = "0192:974760673", ["scope"] = Write }),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
        };
    }
}

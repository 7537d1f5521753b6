using System.Net;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Collaboration.Gateway.Tests.Access.Machines;

/// <summary>
/// A silo that trusts the <see cref="TestIssuer"/> beside its local key, with Trondheim and Melhus
/// registered with their organisation numbers, and asking that issuer for its own outgoing tokens.
/// </summary>
public sealed class MachineAccessFixture : IAsyncLifetime
{
    public const string Trondheim = "0192:942110464";
    public const string Melhus = "0192:938726027";

    /// <summary>A valid organisation number no body here has (Brønnøysundregistrene's own).</summary>
    public const string Stranger = "0192:974760673";

    private readonly TempFolder _data = new();
    private readonly TempFolder _issuerRoot = new();

    public TestIssuer Issuer { get; private set; } = null!;

    public RunningSilo Silo { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using var client = RSA.Create(2048);
        var clientKeyFile = Path.Combine(_data.Path, "client-key.pem");
        await File.WriteAllTextAsync(clientKeyFile, client.ExportPkcs8PrivateKeyPem());
        Issuer = await TestIssuer.StartAsync(_issuerRoot.Path, new RsaSecurityKey(client.ExportParameters(false)), Trondheim);
        Silo = await RunningSilo.StartAsync(_data.Path, new Dictionary<string, string>
        {
            ["Auth:Issuers:test:Metadata"] = $"{Issuer.Address}/.well-known/oauth-authorization-server",
            ["Auth:Issuers:test:Issuer"] = Issuer.Issuer,
            ["Auth:Issuers:test:RequireHttpsMetadata"] = "false",
            ["Auth:Outgoing:TokenEndpoint"] = $"{Issuer.Address}/token",
            ["Auth:Outgoing:Issuer"] = TestIssuer.ClientId,
            ["Auth:Outgoing:Audience"] = Issuer.Issuer,
            ["Auth:Outgoing:Scope"] = "collaboration:peer",
            ["Auth:Outgoing:KeyFile"] = clientKeyFile,
            ["Auth:Outgoing:KeyId"] = TestIssuer.ClientKeyId,
        });
        await Expect(Silo.Http.ApiPutAsync("/api/municipalities/5001", Profile("Trondheim", Trondheim)));
        await Expect(Silo.Http.ApiPutAsync("/api/municipalities/5028", Profile("Melhus", Melhus)));
    }

    /// <summary>A municipality's profile carrying its organisation number.</summary>
    public static object Profile(string name, string party) => new { name, county = "Trøndelag", organisationNumber = party[5..] };

    /// <summary>A client sending a token of the test issuer for <paramref name="consumer"/> with <paramref name="scope"/>.</summary>
    public HttpClient As(string consumer, string scope) => Silo.Client(Issuer.Token(consumer, scope));

    public async Task DisposeAsync()
    {
        await Silo.DisposeAsync();
        await Issuer.DisposeAsync();
        _data.Dispose();
        _issuerRoot.Dispose();
    }

    private static async Task Expect(Task<ApiAnswer> call)
    {
        var answer = await call;
        if (answer.Status is not (HttpStatusCode.OK or HttpStatusCode.Created))
        {
            throw new InvalidOperationException($"Seeding failed: {answer.Status} {answer.Body}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class MachineAccessCollection : ICollectionFixture<MachineAccessFixture>
{
    public const string Name = "machine access";
}

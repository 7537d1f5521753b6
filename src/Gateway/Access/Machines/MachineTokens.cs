using System.Security.Cryptography;
using System.Text.Json.Serialization;
using Collaboration.Access;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Collaboration.Gateway.Access.Machines;

/// <summary>
/// The bearer token for this installation's own calls to other systems. With a token endpoint
/// configured it is asked for by a JWT grant (RFC 7523, as Maskinporten takes it): an assertion
/// signed with the client's RSA key is posted, and the access token answered is kept until shortly
/// before it expires. Without one, an installation that names its issuer and organisation number
/// signs Maskinporten-shaped tokens with its peer key (which peers trust by its published
/// metadata); otherwise the local key signs a peer's token, good within this installation.
/// </summary>
public sealed class MachineTokens(IHttpClientFactory clients, AuthOptions auth, IServiceProvider services, TimeProvider time) : IDisposable
{
    /// <summary>The name of the HTTP client the grant is posted with.</summary>
    public const string Client = "MachineTokens";

    private const string JwtGrant = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    private static readonly TimeSpan LocalLifetime = TimeSpan.FromMinutes(10);

    private readonly SemaphoreSlim _turn = new(1, 1);
    private (string Token, DateTimeOffset RenewAt)? _current;

    private OutgoingTokenOptions Outgoing => auth.Outgoing;

    /// <summary>A token valid for a while yet: the kept one, or a new one.</summary>
    public async Task<string> GetAsync(CancellationToken cancel = default)
    {
        if (Fresh() is { } kept)
        {
            return kept;
        }

        await _turn.WaitAsync(cancel);
        try
        {
            if (Fresh() is { } another)
            {
                return another;
            }

            var (token, lifetime) = Outgoing.SignsPeerTokens ? SignAsPeer()
                : string.IsNullOrWhiteSpace(Outgoing.TokenEndpoint) ? SignLocally()
                : await GrantAsync(cancel);
            _current = (token, time.GetUtcNow() + lifetime - Outgoing.RenewBefore);
            return token;
        }
        finally
        {
            _turn.Release();
        }
    }

    private string? Fresh() => _current is { } current && current.RenewAt > time.GetUtcNow() ? current.Token : null;

    private (string, TimeSpan) SignLocally()
    {
        var key = services.GetService<LocalSigningKey>()
            ?? throw new InvalidOperationException("Auth:Outgoing:TokenEndpoint is needed when tokens come from an external issuer.");
        var subject = string.IsNullOrWhiteSpace(Outgoing.Issuer) ? LocalTokens.Issuer : Outgoing.Issuer;
        return (LocalTokens.Mint(key, auth.Audience, new TokenHolder(subject, Roles.Peer), LocalLifetime), LocalLifetime);
    }

    // The shape Maskinporten gives, so a peer trusts it by the same configuration.
    private (string, TimeSpan) SignAsPeer()
    {
        var key = services.GetService<PeerSigningKey>()
            ?? throw new InvalidOperationException("Auth:Outgoing:TokenEndpoint is needed when tokens come from an external issuer.");
        var now = time.GetUtcNow().UtcDateTime;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Outgoing.Issuer,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + LocalLifetime,
            Claims = new Dictionary<string, object>
            {
                ["scope"] = Outgoing.PeerScope,
                ["consumer"] = new Dictionary<string, object> { ["authority"] = "iso6523-actorid-upis", ["ID"] = $"0192:{Outgoing.OrganisationNumber}" },
                ["jti"] = Guid.NewGuid().ToString(),
            },
            SigningCredentials = new SigningCredentials(key.SecurityKey, SecurityAlgorithms.RsaSha256),
        });
        return (token, LocalLifetime);
    }

    private async Task<(string, TimeSpan)> GrantAsync(CancellationToken cancel)
    {
        using var http = clients.CreateClient(Client);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = JwtGrant, ["assertion"] = Assertion() });
        using var response = await http.PostAsync(Outgoing.TokenEndpoint, form, cancel);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The token endpoint answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancel)}", null, response.StatusCode);
        }

        var answer = await response.Content.ReadFromJsonAsync<TokenAnswer>(cancel);
        return answer is { AccessToken.Length: > 0, ExpiresIn: > 0 }
            ? (answer.AccessToken, TimeSpan.FromSeconds(answer.ExpiresIn))
            : throw new HttpRequestException("The token endpoint answered no access_token with its expires_in.");
    }

    // Maskinporten takes assertions of at most two minutes.
    private string Assertion()
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(Outgoing.KeyFile ?? throw new InvalidOperationException("Auth:Outgoing:KeyFile is needed for the JWT grant.")));
        var now = time.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Outgoing.Issuer,
            Audience = Outgoing.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(2),
            Claims = new Dictionary<string, object> { ["scope"] = Outgoing.Scope, ["jti"] = Guid.NewGuid().ToString() },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = Outgoing.KeyId }, SecurityAlgorithms.RsaSha256),
        });
    }

    public void Dispose() => _turn.Dispose();

    private sealed record TokenAnswer(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}

using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Collaboration.Gateway.Access.Machines;

/// <summary>
/// The RSA key (RS256, as machine issuers must sign) with which an installation without a token
/// endpoint signs its own machine tokens for peers, and whose public half it publishes in its
/// RFC 8414 metadata, so a peer trusts it by configuration as it would Maskinporten. Made at
/// first start beside the local signing key, readable by its owner only.
/// </summary>
public sealed class PeerSigningKey
{
    private PeerSigningKey(RSA key)
    {
        SecurityKey = new RsaSecurityKey(key) { KeyId = Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..16] };
    }

    /// <summary>The key, for signing.</summary>
    public RsaSecurityKey SecurityKey { get; }

    /// <summary>The public half as a JSON Web Key.</summary>
    public JsonWebKey PublicJwk
    {
        get
        {
            var parameters = SecurityKey.Rsa.ExportParameters(includePrivateParameters: false);
            return new JsonWebKey
            {
                Kty = JsonWebAlgorithmsKeyTypes.RSA,
                Use = JsonWebKeyUseNames.Sig,
                Alg = SecurityAlgorithms.RsaSha256,
                Kid = SecurityKey.KeyId,
                N = Base64UrlEncoder.Encode(parameters.Modulus),
                E = Base64UrlEncoder.Encode(parameters.Exponent),
            };
        }
    }

    public static PeerSigningKey LoadOrCreate(string file)
    {
        var pem = OwnerOnlyFile.ReadOrCreate(file, () =>
        {
            using var created = RSA.Create(2048);
            return created.ExportPkcs8PrivateKeyPem();
        });
        var key = RSA.Create();
        key.ImportFromPem(pem);
        return new PeerSigningKey(key);
    }
}

using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Collaboration.Gateway.Access;

/// <summary>
/// The embedded default's token signing key: an ECDSA P-256 key (ES256) in a PEM file readable by
/// its owner only, made at first start. Every process of one installation on one machine shares it.
/// </summary>
public sealed class LocalSigningKey
{
    private LocalSigningKey(ECDsa key, string file)
    {
        SecurityKey = new ECDsaSecurityKey(key) { KeyId = Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..16] };
        File = file;
    }

    /// <summary>The key, for signing and validating.</summary>
    public ECDsaSecurityKey SecurityKey { get; }

    /// <summary>Where it is kept.</summary>
    public string File { get; }

    /// <summary>Reads the key file, or creates it (atomically, so processes starting together agree on one key).</summary>
    public static LocalSigningKey LoadOrCreate(string file)
    {
        var pem = OwnerOnlyFile.ReadOrCreate(file, () =>
        {
            using var created = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            return created.ExportPkcs8PrivateKeyPem();
        });
        var key = ECDsa.Create();
        key.ImportFromPem(pem);
        return new LocalSigningKey(key, file);
    }
}

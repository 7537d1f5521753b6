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
        if (!System.IO.File.Exists(file))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            using var created = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var draft = $"{file}.{Environment.ProcessId}.tmp";
            using (var writer = new StreamWriter(CreateOwnerOnly(draft)))
            {
                writer.Write(created.ExportPkcs8PrivateKeyPem());
            }

            try
            {
                System.IO.File.Move(draft, file, overwrite: false);
            }
            catch (IOException) when (System.IO.File.Exists(file))
            {
                System.IO.File.Delete(draft); // another process made it first: use theirs
            }
        }

        var key = ECDsa.Create();
        key.ImportFromPem(System.IO.File.ReadAllText(file));
        return new LocalSigningKey(key, file);
    }

    private static FileStream CreateOwnerOnly(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        }

        return new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        });
    }
}

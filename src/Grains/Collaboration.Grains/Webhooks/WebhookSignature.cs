using System.Security.Cryptography;
using System.Text;

namespace Collaboration.Webhooks;

/// <summary>
/// Standard Webhooks 1.0 signatures: HMAC-SHA256 over "{webhook-id}.{webhook-timestamp}.{body}"
/// with the key the secret carries after "whsec_", written "v1,{base64}".
/// </summary>
public static class WebhookSignature
{
    /// <summary>The prefix of a secret in the Standard Webhooks form.</summary>
    public const string SecretPrefix = "whsec_";

    /// <summary>A new secret: "whsec_" and the base64 of 32 random bytes.</summary>
    public static string NewSecret() => SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>The value of the webhook-signature header for one attempt.</summary>
    public static string Sign(string secret, string id, long timestamp, ReadOnlySpan<byte> body)
    {
        var key = Convert.FromBase64String(secret[SecretPrefix.Length..]);
        var header = Encoding.UTF8.GetBytes(FormattableString.Invariant($"{id}.{timestamp}."));
        var content = new byte[header.Length + body.Length];
        header.CopyTo(content, 0);
        body.CopyTo(content.AsSpan(header.Length));
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, content));
    }
}

using System.Security.Claims;
using Collaboration.Access;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Collaboration.Gateway.Access;

/// <summary>Mints tokens signed with the <see cref="LocalSigningKey"/>: for the token command, the demo data and tests.</summary>
public static class LocalTokens
{
    /// <summary>The issuer of locally signed tokens.</summary>
    public const string Issuer = "collaboration-local";

    /// <summary>A signed token for <paramref name="holder"/>, valid from now for <paramref name="lifetime"/>.</summary>
    public static string Mint(LocalSigningKey key, string audience, TokenHolder holder, TimeSpan lifetime)
    {
        var claims = new List<Claim> { new(CollaborationClaims.Subject, holder.Subject), new(CollaborationClaims.Role, holder.Role) };
        if (holder.Municipality is { } municipality)
        {
            claims.Add(new Claim(CollaborationClaims.Municipality, municipality));
        }

        if (holder.Forum is { } forum)
        {
            claims.Add(new Claim(CollaborationClaims.Forum, forum));
        }

        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(key.SecurityKey, SecurityAlgorithms.EcdsaSha256),
        });
    }
}

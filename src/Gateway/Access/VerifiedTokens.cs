using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.Tokens;

namespace Collaboration.Gateway.Access;

/// <summary>
/// Validates a bearer token with the handler it wraps and remembers a valid one until it expires
/// (at most <see cref="Longest"/>), so a client that sends the same token with every request pays
/// for the signature once instead of on every request: verifying it was the largest single cost of
/// a write. The token's own text, signature included, is the key, so only the same bytes are taken
/// for verified; a token that failed is never remembered.
/// </summary>
/// <remarks>
/// A signing key withdrawn by an issuer stops its tokens within <see cref="Longest"/>, not at once.
/// </remarks>
public sealed class VerifiedTokens(TokenHandler inner, TimeProvider time) : TokenHandler, IDisposable
{
    /// <summary>How long a verified token is taken without verifying it again.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromMinutes(5);

    /// <summary>How many tokens are remembered at most; more distinct callers than that are verified as before.</summary>
    public const int Capacity = 10_000;

    private readonly MemoryCache verified = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public override int MaximumTokenSizeInBytes
    {
        get => inner.MaximumTokenSizeInBytes;
        set => inner.MaximumTokenSizeInBytes = value;
    }

    public override SecurityToken ReadToken(string token) => inner.ReadToken(token);

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var now = time.GetUtcNow();
        if (verified.TryGetValue(token, out Verified? known) && known!.Until > now)
        {
            return known.Answer();
        }

        var result = await inner.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is { } securityToken && result.ClaimsIdentity is { } identity)
        {
            var until = Min(new DateTimeOffset(DateTime.SpecifyKind(securityToken.ValidTo, DateTimeKind.Utc)), now + Longest);
            if (until > now)
            {
                verified.Set(token, new Verified(securityToken, identity, result.Issuer, result.TokenType, until), new MemoryCacheEntryOptions
                {
                    Size = 1,
                    AbsoluteExpirationRelativeToNow = until - now,
                });
            }
        }

        return result;
    }

    public void Dispose() => verified.Dispose();

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private sealed record Verified(SecurityToken Token, System.Security.Claims.ClaimsIdentity Identity, string? Issuer, string? TokenType, DateTimeOffset Until)
    {
        // Each request gets its own identity: what one request's handlers do to it stays theirs.
        public TokenValidationResult Answer() => new()
        {
            IsValid = true,
            SecurityToken = Token,
            ClaimsIdentity = Identity.Clone(),
            Issuer = Issuer,
            TokenType = TokenType,
        };
    }
}

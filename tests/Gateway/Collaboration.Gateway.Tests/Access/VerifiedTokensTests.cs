using Collaboration.Access;
using Collaboration.Gateway.Access;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Collaboration.Gateway.Tests.Access;

/// <summary>A verified token is remembered until it expires; anything else is verified again.</summary>
public sealed class VerifiedTokensTests : IDisposable
{
    private const string Audience = "collaboration";

    private readonly TempFolder _folder = new();
    private readonly LocalSigningKey _key;
    private readonly CountingHandler _inner = new();
    private readonly Clock _clock = new();
    private readonly VerifiedTokens _tokens;

    public VerifiedTokensTests()
    {
        _key = LocalSigningKey.LoadOrCreate(Path.Combine(_folder.Path, "key.pem"));
        _tokens = new VerifiedTokens(_inner, _clock);
    }

    private TokenValidationParameters Parameters => new()
    {
        ValidIssuer = LocalTokens.Issuer,
        ValidAudience = Audience,
        IssuerSigningKey = _key.SecurityKey,
        RequireExpirationTime = true,
    };

    [Fact]
    public async Task The_same_token_is_verified_once_and_each_answer_has_its_own_identity()
    {
        var token = Mint(TimeSpan.FromHours(1));

        var first = await _tokens.ValidateTokenAsync(token, Parameters);
        var second = await _tokens.ValidateTokenAsync(token, Parameters);

        Assert.True(first.IsValid);
        Assert.True(second.IsValid);
        Assert.Equal(1, _inner.Calls);
        Assert.Equal("saksbehandler", second.ClaimsIdentity.FindFirst(CollaborationClaims.Subject)?.Value);
        Assert.NotSame(first.ClaimsIdentity, second.ClaimsIdentity);
    }

    [Fact]
    public async Task A_token_with_another_signature_is_refused_though_the_true_one_is_remembered()
    {
        var token = Mint(TimeSpan.FromHours(1));
        Assert.True((await _tokens.ValidateTokenAsync(token, Parameters)).IsValid);

        var forged = token[..^4] + (token[^4] == 'A' ? "BBBB" : "AAAA");
        var answer = await _tokens.ValidateTokenAsync(forged, Parameters);

        Assert.False(answer.IsValid);
        Assert.False((await _tokens.ValidateTokenAsync(forged, Parameters)).IsValid);
        Assert.Equal(3, _inner.Calls);
    }

    [Fact]
    public async Task A_token_is_verified_again_once_it_has_expired_or_was_remembered_for_the_longest()
    {
        var shortLived = Mint(TimeSpan.FromMinutes(1));
        var longLived = Mint(TimeSpan.FromHours(1));
        await _tokens.ValidateTokenAsync(shortLived, Parameters);
        await _tokens.ValidateTokenAsync(longLived, Parameters);

        _clock.Now += TimeSpan.FromMinutes(2);
        await _tokens.ValidateTokenAsync(shortLived, Parameters);
        await _tokens.ValidateTokenAsync(longLived, Parameters);
        Assert.Equal(3, _inner.Calls);

        _clock.Now += VerifiedTokens.Longest;
        await _tokens.ValidateTokenAsync(longLived, Parameters);
        Assert.Equal(4, _inner.Calls);
    }

    public void Dispose()
    {
        _tokens.Dispose();
        _folder.Dispose();
    }

    private string Mint(TimeSpan lifetime) => LocalTokens.Mint(_key, Audience, new TokenHolder("saksbehandler", Roles.Officer, Municipality: "5001"), lifetime);

    private sealed class CountingHandler : JsonWebTokenHandler
    {
        public int Calls { get; private set; }

        public override Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
        {
            Calls++;
            return base.ValidateTokenAsync(token, validationParameters);
        }
    }

    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}

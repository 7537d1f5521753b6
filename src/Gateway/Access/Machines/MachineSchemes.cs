using Collaboration.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Collaboration.Gateway.Access.Machines;

/// <summary>
/// One bearer scheme per configured machine issuer beside the usual one, and a policy scheme in
/// front that hands each token to the scheme of the issuer it names (read before it is
/// validated, only to choose); any other token goes to the usual scheme, which refuses a stranger.
/// </summary>
public static class MachineSchemes
{
    /// <summary>The scheme every request is authenticated by when machine issuers are configured.</summary>
    public const string Selector = "BearerByIssuer";

    /// <summary>Adds the issuers' schemes; false when none is configured (the usual scheme then stays the default).</summary>
    public static bool AddMachineIssuers(this AuthenticationBuilder authentication, IReadOnlyDictionary<string, MachineIssuerOptions> issuers)
    {
        if (issuers.Count == 0)
        {
            return false;
        }

        foreach (var (name, issuer) in issuers)
        {
            Check(name, issuer);
            authentication.AddJwtBearer(SchemeOf(name), bearer => Configure(bearer, issuer));
        }

        var byIssuer = issuers.ToDictionary(pair => pair.Value.Issuer, pair => SchemeOf(pair.Key), StringComparer.Ordinal);
        authentication.AddPolicyScheme(Selector, "Bearer tokens of every trusted issuer", policy =>
            policy.ForwardDefaultSelector = context => SchemeFor(context, byIssuer));
        return true;
    }

    private static string SchemeOf(string name) => $"{JwtBearerDefaults.AuthenticationScheme}:{name}";

    private static void Configure(JwtBearerOptions bearer, MachineIssuerOptions issuer)
    {
        bearer.MapInboundClaims = false;
        var documents = new HttpDocumentRetriever(new HttpClient { Timeout = TimeSpan.FromSeconds(30) }) { RequireHttps = issuer.RequireHttpsMetadata };
        bearer.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(issuer.Metadata, new AuthorizationServerMetadata(issuer.Issuer), documents);
        bearer.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = issuer.Issuer,
            ValidateAudience = !string.IsNullOrEmpty(issuer.Audience),
            ValidAudience = issuer.Audience,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            NameClaimType = CollaborationClaims.Subject,
            RoleClaimType = CollaborationClaims.Role,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromSeconds(30),
        };
        bearer.Events = new JwtBearerEvents { OnTokenValidated = context => MachineClaims.MapAsync(context, issuer) };
    }

    private static string SchemeFor(HttpContext context, Dictionary<string, string> byIssuer)
    {
        var header = context.Request.Headers.Authorization.ToString();
        const string Bearer = "Bearer ";
        if (header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            if (IssuerOf(header[Bearer.Length..].Trim()) is { } issuer && byIssuer.TryGetValue(issuer, out var scheme))
            {
                return scheme;
            }
        }

        return JwtBearerDefaults.AuthenticationScheme;
    }

    // Unvalidated: only to choose the scheme that validates it.
    private static string? IssuerOf(string token)
    {
        var handler = new JsonWebTokenHandler();
        try
        {
            return handler.CanReadToken(token) ? handler.ReadJsonWebToken(token).Issuer : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static void Check(string name, MachineIssuerOptions issuer)
    {
        if (string.IsNullOrWhiteSpace(issuer.Metadata) || string.IsNullOrWhiteSpace(issuer.Issuer))
        {
            throw new InvalidOperationException($"Auth:Issuers:{name} needs both Metadata and Issuer.");
        }

        if (issuer.Scopes.Keys.FirstOrDefault(role => !MachineClaims.Grantable.Contains(role)) is { } other)
        {
            throw new InvalidOperationException($"Auth:Issuers:{name}:Scopes:{other}: a scope may grant only {string.Join(", ", MachineClaims.Grantable)}.");
        }
    }
}

using Collaboration.Access;
using Collaboration.Gateway.Access.Machines;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Collaboration.Gateway.Access;

/// <summary>
/// Authentication (JWT bearer, the same for HTTP and gRPC), the access rules with their
/// resource-based handler, and the write rate limit.
/// </summary>
public static class AccessExtensions
{
    public static WebApplicationBuilder AddCollaborationAccess(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var auth = builder.Configuration.GetSection("Auth").Get<AuthOptions>() ?? new AuthOptions();
        services.AddSingleton(auth);
        var localKey = auth.UsesLocalKey ? LocalSigningKey.LoadOrCreate(auth.LocalKeyFile) : null;
        if (localKey is not null)
        {
            services.AddSingleton(localKey);
            services.AddSingleton(_ => Machines.PeerSigningKey.LoadOrCreate(
                auth.PeerKeyFile ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(auth.LocalKeyFile))!, "peer-key.pem")));
        }

        var authentication = services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme);
        authentication.AddJwtBearer(bearer =>
        {
            bearer.MapInboundClaims = false;
            bearer.Audience = auth.Audience;
            bearer.TokenValidationParameters = new TokenValidationParameters
            {
                ValidAudience = auth.Audience,
                NameClaimType = CollaborationClaims.Subject,
                RoleClaimType = CollaborationClaims.Role,
                RequireExpirationTime = true,
                RequireSignedTokens = true,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
            if (localKey is null)
            {
                bearer.Authority = auth.Authority;
                bearer.RequireHttpsMetadata = auth.RequireHttpsMetadata;
            }
            else
            {
                bearer.TokenValidationParameters.ValidIssuer = LocalTokens.Issuer;
                bearer.TokenValidationParameters.IssuerSigningKey = localKey.SecurityKey;
                bearer.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256];
            }
        });
        // Every bearer scheme, the machine issuers' too, remembers the tokens it has verified.
        services.PostConfigureAll<JwtBearerOptions>(bearer =>
        {
            var handlers = bearer.TokenHandlers.Select(handler => new VerifiedTokens(handler, TimeProvider.System)).ToList();
            bearer.TokenHandlers.Clear();
            handlers.ForEach(bearer.TokenHandlers.Add);
        });
        if (authentication.AddMachineIssuers(auth.Issuers))
        {
            services.Configure<AuthenticationOptions>(options => options.DefaultScheme = MachineSchemes.Selector);
        }

        services.AddSingleton<ConsumerBodies>();
        services.AddMachineTokens();
        services.AddAuthorizationBuilder().AddPolicy(ChangeRequirement.Policy, policy => policy.AddRequirements(new ChangeRequirement()));
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, PartiesHandler>();
        services.AddSingleton(provider =>
        {
            var rules = new AccessRuleSet();
            foreach (var area in provider.GetServices<IAccessRules>())
            {
                area.AddTo(rules);
            }

            return rules;
        });
        services.AddWriteRateLimit(builder.Configuration.GetSection("RateLimits:Writes").Get<WriteRateLimitOptions>() ?? new WriteRateLimitOptions());
        return builder;
    }

    public static WebApplication UseCollaborationAccess(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }
}

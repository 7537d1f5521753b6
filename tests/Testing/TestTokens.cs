using Collaboration.Access;
using Collaboration.Gateway.Access;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Collaboration.Testing;

/// <summary>Tokens signed with a running host's local key, and clients that send them.</summary>
public static class TestTokens
{
    /// <summary>A token of the host whose services are <paramref name="services"/>.</summary>
    public static string Mint(IServiceProvider services, TokenHolder holder, TimeSpan? lifetime = null) =>
        LocalTokens.Mint(services.GetRequiredService<LocalSigningKey>(), services.GetRequiredService<AuthOptions>().Audience, holder, lifetime ?? TimeSpan.FromHours(1));

    /// <summary>A token signed with the key in <paramref name="keyFile"/> for the default audience.</summary>
    public static string Mint(string keyFile, TokenHolder holder, TimeSpan? lifetime = null) =>
        LocalTokens.Mint(LocalSigningKey.LoadOrCreate(keyFile), new AuthOptions().Audience, holder, lifetime ?? TimeSpan.FromHours(1));

    /// <summary>An admin's token; null when the host takes tokens from an external issuer instead.</summary>
    public static string? Admin(IServiceProvider services) =>
        services.GetService<LocalSigningKey>() is null ? null : Mint(services, new TokenHolder("test-admin", Roles.Admin));

    /// <summary>A gRPC channel whose calls carry <paramref name="token"/> (none when null).</summary>
    public static GrpcChannel Channel(Uri address, string? token)
    {
        if (token is null)
        {
            return GrpcChannel.ForAddress(address);
        }

        var credentials = CallCredentials.FromInterceptor((_, metadata) =>
        {
            metadata.Add("Authorization", $"Bearer {token}");
            return Task.CompletedTask;
        });
        return GrpcChannel.ForAddress(address, new GrpcChannelOptions
        {
            Credentials = ChannelCredentials.Create(ChannelCredentials.Insecure, credentials),
            UnsafeUseInsecureChannelCallCredentials = true,
        });
    }
}

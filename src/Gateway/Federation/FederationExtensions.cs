namespace Collaboration.Gateway.Federation;

/// <summary>Registers the peers from configuration, the follower of each, and the regions' answers.</summary>
public static class FederationExtensions
{
    public static IServiceCollection AddFederation(this IServiceCollection services)
    {
        services.AddOptions<FederationOptions>().BindConfiguration(FederationOptions.Section)
            .Validate(o => o.Peers.Values.All(p => Uri.TryCreate(p.Address, UriKind.Absolute, out _)), "Federation:Peers:<name>:Address must be an absolute URL.")
            .Validate(o => o.Peers.Values.All(p => p.Region.Length > 0 && p.Region != o.Region), "Federation:Peers:<name>:Region must be set, and differ from Federation:Region.")
            .ValidateOnStart();
        services.AddSingleton<PeerRegions>();
        services.AddSingleton<PeerDirectory>();
        services.AddSingleton<Collaboration.Federation.IPeerDirectory>(provider => provider.GetRequiredService<PeerDirectory>());
        services.AddHostedService<PeerFollower>();
        return services;
    }
}

using Collaboration.Gateway.Access.Machines;
using Collaboration.Journal;
using Microsoft.Extensions.Options;

namespace Collaboration.Gateway.Federation;

/// <summary>Follows every configured peer's changes and posts its outbox while the gateway runs, each in its own loop.</summary>
public sealed class PeerFollower(
    IOptions<FederationOptions> options, IGrainFactory grains, ObjectKinds kinds, MachineTokens tokens, TimeProvider clock, ILogger<PeerFeed> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var peers = options.Value.Peers.Select(p => (Name: p.Key, Options: p.Value, Client: new PeerClient(p.Value, tokens, clock))).ToList();
        try
        {
            await Task.WhenAll(peers.SelectMany(p => new[]
            {
                new PeerFeed(p.Name, p.Options, p.Client, grains, kinds, clock, logger).RunAsync(stoppingToken),
                new PeerPost(p.Name, p.Client, grains, clock, logger).RunAsync(stoppingToken),
            }));
        }
        finally
        {
            peers.ForEach(p => p.Client.Dispose());
        }
    }
}

using Collaboration.Federation;

namespace Collaboration.Gateway.Federation;

/// <summary>
/// Posts one peer's outbox: the oldest message first, each retried (with growing pauses) until
/// the peer acknowledges it, then the next. One poster at a time holds the lead.
/// </summary>
public sealed partial class PeerPost(string name, PeerClient client, IGrainFactory grains, TimeProvider clock, ILogger logger)
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(500);
    private static readonly string Poster = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    private IPeerOutboxGrain Outbox => grains.GetGrain<IPeerOutboxGrain>(name);

    public async Task RunAsync(CancellationToken stop)
    {
        var failures = 0;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var pending = await Outbox.LeadAsync(Poster, Lease) ? await Outbox.PendingAsync(20) : [];
                foreach (var message in pending)
                {
                    await Outbox.DeliveredAsync(await client.DeliverAsync(message, stop));
                }

                failures = 0;
                if (pending.Count == 0)
                {
                    await Task.Delay(Idle, clock, stop);
                }
            }
            catch (Exception e) when (!stop.IsCancellationRequested)
            {
                failures++;
                LogFailed(logger, name, e.Message);
                await Task.Delay(PeerFeed.Backoff(failures), clock, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Messages for peer {Peer} could not be delivered: {Reason}")]
    private static partial void LogFailed(ILogger logger, string peer, string reason);
}

using System.Text.Json;

namespace Collaboration.Federation;

/// <summary>How a grain sends a message to a peer: into that peer's outbox, naming itself to be told of the receipt.</summary>
public static class PeerOutbox
{
    /// <summary>Queues <paramref name="body"/> for <paramref name="peer"/>; the same id queued again changes nothing.</summary>
    public static Task SendToPeerAsync<TBody>(this IGrainFactory grains, GrainId origin, string peer, string id, string kind, TBody body, DateTimeOffset at) =>
        grains.GetGrain<IPeerOutboxGrain>(peer).EnqueueAsync(
            new PeerMessage(id, peer, kind, JsonSerializer.Serialize(body, PeerMessage.BodyJson), origin.ToString(), at));
}

namespace Collaboration.Federation;

/// <summary>A message a peer delivered to us, with who sent it as its token proves.</summary>
/// <param name="Id">The message's id, stable across deliveries.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Body">Its content, as JSON.</param>
/// <param name="Peer">The sending peer's name in our configuration.</param>
/// <param name="Region">The sending peer's region label.</param>
/// <param name="ReceivedAt">When it arrived.</param>
public sealed record PeerInbound(string Id, string Kind, string Body, string Peer, string Region, DateTimeOffset ReceivedAt)
{
    /// <summary>The body as <typeparamref name="TBody"/>; null when it is JSON null.</summary>
    public TBody? Read<TBody>() => System.Text.Json.JsonSerializer.Deserialize<TBody>(Body, PeerMessage.BodyJson);
}

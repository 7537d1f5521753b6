namespace Collaboration.Federation;

/// <summary>A message for a peer's installation, kept in our outbox until the peer acknowledges it.</summary>
/// <param name="Id">Stable: the same message sent again has the same id, so the peer applies it once.</param>
/// <param name="Peer">The peer's name in our configuration.</param>
/// <param name="Kind">What it is, e.g. "funding.invitation": the peer hands it to what handles that kind.</param>
/// <param name="Body">Its content, as JSON.</param>
/// <param name="Origin">The grain that sent it (its grain id), told of the peer's receipt; see <see cref="IPeerMessageOrigin"/>.</param>
/// <param name="Queued">When it was put in the outbox.</param>
[GenerateSerializer, Immutable]
public sealed record PeerMessage(
    [property: Id(0)] string Id,
    [property: Id(1)] string Peer,
    [property: Id(2)] string Kind,
    [property: Id(3)] string Body,
    [property: Id(4)] string Origin,
    [property: Id(5)] DateTimeOffset Queued)
{
    /// <summary>How bodies are written and read on both sides: JSON with web defaults (camelCase names).</summary>
    public static System.Text.Json.JsonSerializerOptions BodyJson { get; } = new(System.Text.Json.JsonSerializerDefaults.Web);
}

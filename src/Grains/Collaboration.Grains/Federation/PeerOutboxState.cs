namespace Collaboration.Federation;

[GenerateSerializer]
public sealed class PeerOutboxState
{
    /// <summary>The messages not yet acknowledged, oldest first.</summary>
    [Id(0)]
    public List<PeerMessage> Pending { get; set; } = [];

    /// <summary>The ids of messages delivered lately, so a message queued again is not sent twice.</summary>
    [Id(1)]
    public List<string> Delivered { get; set; } = [];
}

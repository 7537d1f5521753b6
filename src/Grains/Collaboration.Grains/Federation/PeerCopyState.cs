namespace Collaboration.Federation;

[GenerateSerializer]
public sealed class PeerCopyState
{
    /// <summary>The cursor in the peer's feed up to which the copy is current.</summary>
    [Id(0)]
    public string? Cursor { get; set; }

    [Id(1)]
    public DateTimeOffset? AsOf { get; set; }

    /// <summary>The copy's entry keys (the peer's own keys).</summary>
    [Id(2)]
    public HashSet<string> Entries { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The ids of the events applied lately, oldest first, to drop a batch read twice.</summary>
    [Id(3)]
    public List<string> Seen { get; set; } = [];

    [Id(4)]
    public long Applied { get; set; }

    [Id(5)]
    public string? Error { get; set; }

    [Id(6)]
    public DateTimeOffset? FailedAt { get; set; }
}

using Collaboration.Access;

namespace Collaboration.Journal;

/// <summary>
/// One change as it travels inside the stored state to the journal: who made it, when, in which
/// request, and what changed. The storage fills <see cref="Changes"/> just before the write.
/// </summary>
[GenerateSerializer]
public sealed class JournalChange
{
    /// <summary>The change's stable id: the event id followers deduplicate by.</summary>
    [Id(0)]
    public required string Id { get; init; }

    /// <summary>When the change was made (UTC).</summary>
    [Id(1)]
    public required DateTimeOffset At { get; init; }

    /// <summary>The caller's token subject, or "system" for a change the system made.</summary>
    [Id(2)]
    public required string Subject { get; init; }

    /// <summary>The caller's role, or "system".</summary>
    [Id(3)]
    public required string Role { get; init; }

    /// <summary>An officer's kommunenummer.</summary>
    [Id(4)]
    public string? Municipality { get; init; }

    /// <summary>The API method ("Forums/AddAgendaItem") or the system event.</summary>
    [Id(5)]
    public required string Operation { get; init; }

    /// <summary>The id of the request that made the change.</summary>
    [Id(6)]
    public string? RequestId { get; init; }

    /// <summary>The id of the object changed: its grain's key.</summary>
    [Id(8)]
    public required string ObjectId { get; init; }

    /// <summary>What changed: an RFC 6902 JSON Patch from the previous to the new form of the object.</summary>
    [Id(7)]
    public string Changes { get; set; } = "[]";

    /// <summary>A change to <paramref name="objectId"/> made now by the current <see cref="Actor"/>, or by the system when there is none.</summary>
    public static JournalChange Of(string objectId, DateTimeOffset at, string systemOperation)
    {
        var actor = Actor.Current;
        return new JournalChange
        {
            Id = Guid.CreateVersion7(at).ToString(),
            ObjectId = objectId,
            At = at.ToUniversalTime(),
            Subject = actor?.Subject ?? "system",
            Role = actor?.Role ?? "system",
            Municipality = actor?.Municipality,
            Operation = actor?.Operation ?? systemOperation,
            RequestId = actor?.RequestId,
        };
    }
}

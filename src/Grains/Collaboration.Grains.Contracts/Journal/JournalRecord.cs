namespace Collaboration.Journal;

/// <summary>One stored change of one object, as the journal keeps it.</summary>
/// <param name="Position">Its place in the journal: the cursor, increasing in the order changes become readable.</param>
/// <param name="EventId">The change's stable id, the same however often it is read or delivered.</param>
/// <param name="Kind">The kind of object: the name its state is stored under ("project", "forum").</param>
/// <param name="ObjectId">The object's id.</param>
/// <param name="Version">The object's version after the change (1 when it was created).</param>
/// <param name="At">When the change was made (UTC).</param>
/// <param name="Subject">The caller's token subject, or "system".</param>
/// <param name="Role">The caller's role, or "system".</param>
/// <param name="Municipality">An officer's kommunenummer.</param>
/// <param name="Operation">The API method ("Forums/AddAgendaItem") or the system event.</param>
/// <param name="RequestId">The id of the request that made the change.</param>
/// <param name="Changes">What changed: an RFC 6902 JSON Patch from the previous to the new form, "[]" for changes recorded before patches were.</param>
[GenerateSerializer, Immutable]
public sealed record JournalRecord(
    [property: Id(0)] long Position,
    [property: Id(1)] string EventId,
    [property: Id(2)] string Kind,
    [property: Id(3)] string ObjectId,
    [property: Id(4)] int Version,
    [property: Id(5)] DateTimeOffset At,
    [property: Id(6)] string Subject,
    [property: Id(7)] string Role,
    [property: Id(8)] string? Municipality,
    [property: Id(9)] string Operation,
    [property: Id(10)] string? RequestId,
    [property: Id(11)] string Changes);

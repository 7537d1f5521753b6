namespace Collaboration.Journal;

/// <summary>
/// Reads the journal: every stored change of every object, in the order followers must see them.
/// A stateless reader on every silo (key 0); the journal itself is written by the database in the
/// same transaction as each state write.
/// </summary>
public interface IJournalGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// The changes after <paramref name="after"/> of the given kinds (all kinds when empty), at most
    /// <paramref name="limit"/>. When there are none yet, waits up to <paramref name="wait"/> for one.
    /// Never hands out a cursor past a change that becomes readable later.
    /// </summary>
    Task<JournalPage> ReadAsync(long after, IReadOnlyList<string> kinds, int limit, TimeSpan wait);

    /// <summary>The cursor of the newest change readable now (0 when the journal is empty): no valid cursor is beyond it.</summary>
    Task<long> HeadAsync();

    /// <summary>One object's changes, newest first, those before <paramref name="before"/> (all when null).</summary>
    Task<IReadOnlyList<JournalRecord>> ReadObjectAsync(string kind, string objectId, long? before, int limit);

    /// <summary>
    /// The ids of objects of <paramref name="kind"/> changed at or after <paramref name="since"/>
    /// (created then, when <paramref name="createdOnly"/>).
    /// </summary>
    Task<IReadOnlyList<string>> ChangedSinceAsync(string kind, DateTimeOffset since, bool createdOnly);

    /// <summary>
    /// The changes after <paramref name="after"/> that the request <paramref name="requestId"/> of
    /// <paramref name="subject"/> made in <paramref name="operation"/>, in journal order, at most
    /// <paramref name="limit"/>: every one stored, including those not yet handed to followers.
    /// </summary>
    Task<IReadOnlyList<JournalRecord>> ReadRequestAsync(string requestId, string subject, string operation, long after, int limit);
}

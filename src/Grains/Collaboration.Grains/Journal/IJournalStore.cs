namespace Collaboration.Journal;

/// <summary>The journal table in the configured database, read with the database's own rules for what is safe to hand out.</summary>
public interface IJournalStore
{
    /// <summary>Changes after <paramref name="after"/> in journal order, only those no earlier change can still appear before.</summary>
    Task<IReadOnlyList<JournalRecord>> ReadAsync(long after, IReadOnlyList<string> kinds, int limit, CancellationToken cancellationToken);

    /// <summary>The position of the newest change, 0 when there is none.</summary>
    Task<long> HeadAsync(CancellationToken cancellationToken);

    /// <summary>One object's changes, newest first.</summary>
    Task<IReadOnlyList<JournalRecord>> ReadObjectAsync(string kind, string objectId, long? before, int limit, CancellationToken cancellationToken);

    /// <summary>The ids of the objects of a kind changed (or created) at or after a time.</summary>
    Task<IReadOnlyList<string>> ChangedSinceAsync(string kind, DateTimeOffset since, bool createdOnly, CancellationToken cancellationToken);

    /// <summary>One request's changes after a position, in journal order, every stored one.</summary>
    Task<IReadOnlyList<JournalRecord>> ReadRequestAsync(string requestId, string subject, string operation, long after, int limit, CancellationToken cancellationToken);
}

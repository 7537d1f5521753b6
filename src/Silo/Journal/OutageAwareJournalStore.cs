using Collaboration.Journal;
using Collaboration.Silo.Storage;

namespace Collaboration.Silo.Journal;

/// <summary>
/// The journal's reader with a database outage answered as the grain storage answers one: a
/// <see cref="StorageUnavailableException"/> (503 at the edge, from a co-hosted or a standalone
/// gateway alike), noted for readiness.
/// </summary>
public sealed class OutageAwareJournalStore(IJournalStore store, DatabaseOutages outages) : IJournalStore
{
    public Task<IReadOnlyList<JournalRecord>> ReadAsync(long after, IReadOnlyList<string> kinds, int limit, CancellationToken cancellationToken) =>
        outages.GuardAsync(() => store.ReadAsync(after, kinds, limit, cancellationToken));

    public Task<long> HeadAsync(CancellationToken cancellationToken) =>
        outages.GuardAsync(() => store.HeadAsync(cancellationToken));

    public Task<IReadOnlyList<JournalRecord>> ReadObjectAsync(string kind, string objectId, long? before, int limit, CancellationToken cancellationToken) =>
        outages.GuardAsync(() => store.ReadObjectAsync(kind, objectId, before, limit, cancellationToken));

    public Task<IReadOnlyList<string>> ChangedSinceAsync(string kind, DateTimeOffset since, bool createdOnly, CancellationToken cancellationToken) =>
        outages.GuardAsync(() => store.ChangedSinceAsync(kind, since, createdOnly, cancellationToken));

    public Task<IReadOnlyList<JournalRecord>> ReadRequestAsync(string requestId, string subject, string operation, long after, int limit, CancellationToken cancellationToken) =>
        outages.GuardAsync(() => store.ReadRequestAsync(requestId, subject, operation, after, limit, cancellationToken));
}

using Orleans.Concurrency;

namespace Collaboration.Journal;

[StatelessWorker, Reentrant]
public sealed class JournalGrain(IJournalStore store, JournalSignal signal, TimeProvider clock) : Grain, IJournalGrain
{
    // Changes stored by another silo are noticed within this time even without a signal here.
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    // After a signal, a change may not be readable yet (on PostgreSQL an older transaction still
    // runs), so the next look comes soon.
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(10);

    public async Task<JournalPage> ReadAsync(long after, IReadOnlyList<string> kinds, int limit, TimeSpan wait)
    {
        var deadline = clock.GetUtcNow() + wait;
        var pause = Poll;
        while (true)
        {
            var news = signal.Next;
            var records = await store.ReadAsync(after, kinds, limit, CancellationToken.None);
            var left = deadline - clock.GetUtcNow();
            if (records.Count > 0 || left <= TimeSpan.Zero)
            {
                return new JournalPage(records, records.Count > 0 ? records[^1].Position : after);
            }

            var woken = await Task.WhenAny(news, Task.Delay(left < pause ? left : pause)) == news;
            pause = woken ? Settle : Poll;
        }
    }

    public Task<long> HeadAsync() => store.HeadAsync(CancellationToken.None);

    public Task<IReadOnlyList<JournalRecord>> ReadObjectAsync(string kind, string objectId, long? before, int limit) =>
        store.ReadObjectAsync(kind, objectId, before, limit, CancellationToken.None);

    public Task<IReadOnlyList<string>> ChangedSinceAsync(string kind, DateTimeOffset since, bool createdOnly) =>
        store.ChangedSinceAsync(kind, since, createdOnly, CancellationToken.None);

    public Task<IReadOnlyList<JournalRecord>> ReadRequestAsync(string requestId, string subject, string operation, long after, int limit) =>
        store.ReadRequestAsync(requestId, subject, operation, after, limit, CancellationToken.None);
}

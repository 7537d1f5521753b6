namespace Collaboration.Federation;

public sealed class PeerCopyGrain(
    [PersistentState("peer-copy", GrainStorage.Name)] IPersistentState<PeerCopyState> state, TimeProvider clock) : Grain, IPeerCopyGrain
{
    // Events are applied in feed order, so the ids of the last few thousand cover any batch read again.
    private const int SeenKept = 10_000;

    private readonly PeerLead _lead = new(clock);

    private string Peer => this.GetPrimaryKeyString();

    public Task<bool> LeadAsync(string follower, TimeSpan lease) => Task.FromResult(_lead.Take(follower, lease));

    public Task<PeerCopyStatus> StatusAsync()
    {
        var s = state.State;
        return Task.FromResult(new PeerCopyStatus(Peer, s.Cursor, s.AsOf, s.Entries.Count, s.Applied, s.Error, s.FailedAt));
    }

    public async Task ApplyAsync(PeerBatch batch)
    {
        var s = state.State;
        var seen = batch.EventIds.Count == 0 ? [] : s.Seen.ToHashSet(StringComparer.Ordinal); // a heartbeat has no events
        var fresh = batch.EventIds.Where(seen.Add).ToList();
        if (fresh.Count > 0)
        {
            // The entries first: a crash before the cursor is stored reads the batch again, which is harmless.
            var prefix = Peer + "/";
            await Task.WhenAll(batch.Changed.Select(item => GrainFactory.GetGrain<IPeerEntryGrain>(item.Key).SetAsync(item)));
            await Task.WhenAll(batch.Removed.Select(key => GrainFactory.GetGrain<IPeerEntryGrain>(IPeerEntryGrain.KeyOf(Peer, key)).RemoveAsync()));
            s.Entries.UnionWith(batch.Changed.Select(item => item.Key[prefix.Length..]));
            s.Entries.ExceptWith(batch.Removed);
            s.Seen.AddRange(fresh);
            if (s.Seen.Count > SeenKept)
            {
                s.Seen.RemoveRange(0, s.Seen.Count - SeenKept);
            }

            s.Applied += fresh.Count;
        }

        s.Cursor = batch.Cursor ?? s.Cursor;
        s.AsOf = batch.ReadAt;
        s.Error = null;
        s.FailedAt = null;
        await this.CommitAsync(state);
    }

    public async Task FailedAsync(string reason, DateTimeOffset at)
    {
        state.State.Error = reason;
        state.State.FailedAt = at;
        await this.CommitAsync(state);
    }
}

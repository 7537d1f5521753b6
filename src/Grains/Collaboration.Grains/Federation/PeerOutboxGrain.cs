using System.Globalization;

namespace Collaboration.Federation;

public sealed class PeerOutboxGrain(
    [PersistentState("peer-outbox", GrainStorage.Name)] IPersistentState<PeerOutboxState> state, TimeProvider clock) : Grain, IPeerOutboxGrain
{
    private const int DeliveredKept = 10_000;
    private readonly PeerLead _lead = new(clock);

    public async Task EnqueueAsync(PeerMessage message)
    {
        if (state.State.Pending.Any(m => m.Id == message.Id) || state.State.Delivered.Contains(message.Id))
        {
            return;
        }

        state.State.Pending.Add(message);
        await this.CommitAsync(state);
    }

    public Task<IReadOnlyList<PeerMessage>> PendingAsync(int limit) =>
        Task.FromResult<IReadOnlyList<PeerMessage>>([.. state.State.Pending.Take(limit)]);

    public async Task DeliveredAsync(PeerReceipt receipt)
    {
        if (state.State.Pending.FirstOrDefault(m => m.Id == receipt.MessageId) is not { } message)
        {
            return;
        }

        // The origin first: if telling it fails, the message stays and is delivered (and told) again.
        await GrainFactory.GetGrain<IPeerMessageOrigin>(GrainId.Parse(message.Origin, CultureInfo.InvariantCulture)).DeliveredAsync(receipt);
        state.State.Pending.Remove(message);
        state.State.Delivered.Add(message.Id);
        if (state.State.Delivered.Count > DeliveredKept)
        {
            state.State.Delivered.RemoveRange(0, state.State.Delivered.Count - DeliveredKept);
        }

        await this.CommitAsync(state);
    }

    public Task<bool> LeadAsync(string poster, TimeSpan lease) => Task.FromResult(_lead.Take(poster, lease));
}

using System.Runtime.CompilerServices;
using System.Text.Json;
using Collaboration.Journal;
using Orleans.Storage;

namespace Collaboration.Silo.Journal;

/// <summary>
/// Orleans' ADO.NET grain storage with what the journal needs around it: before a journaled state
/// is written, the change it carries gets what changed since the form last read or written (the
/// database then moves the change into the journal in the write's own transaction); after the
/// write the change is cleared, so it is never written twice, and this silo's readers are woken.
/// A versioned state's version is the storage's version of the row.
/// </summary>
public sealed class JournalingGrainStorage(IGrainStorage store, JournalSignal signal) : IGrainStorage
{
    // Left out of what changed: the change itself, and the state's count of changes, which the
    // journal's record carries as its version.
    private static readonly string[] Bookkeeping = ["change", "version"];

    // The last stored form of each active journaled state, kept as compact UTF-8 and dropped with the activation.
    private readonly ConditionalWeakTable<object, byte[]> _stored = [];

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await store.ReadStateAsync(stateName, grainId, grainState);

        // A state stored before it counted its versions starts from the storage's own count, which
        // grows by one a write as the state's does: the two, and the journal's, then stay equal.
        if (grainState.State is IVersioned { Version: 0 } versioned && grainState.RecordExists
            && int.TryParse(grainState.ETag, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var stored))
        {
            versioned.Version = stored;
        }

        if (grainState.State is IJournaled)
        {
            _stored.AddOrUpdate(grainState, JournalForm.Of(grainState.State));
        }
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (grainState.State is not IJournaled journaled)
        {
            await store.WriteStateAsync(stateName, grainId, grainState);
            return;
        }

        var change = journaled.Change
            ?? throw new InvalidOperationException($"The state '{stateName}' is journaled: it is stored only through GrainCommit, which gives it its change.");
        var form = JournalForm.Of(grainState.State);
        change.Changes = Patch(_stored.TryGetValue(grainState, out var stored) ? stored : "{}"u8.ToArray(), form, journaled as IJournaledInPages);

        await store.WriteStateAsync(stateName, grainId, grainState);
        journaled.Change = null;
        _stored.AddOrUpdate(grainState, form);
        signal.Pulse();
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await store.ClearStateAsync(stateName, grainId, grainState);
        _stored.Remove(grainState);
    }

    // A state with lists in pages gives what changed in them, and leaves out the fields that place them.
    private static string Patch(byte[] before, byte[] after, IJournaledInPages? paged)
    {
        using var old = JsonDocument.Parse(before);
        using var now = JsonDocument.Parse(after);
        return paged is null
            ? ChangePatch.Between(old.RootElement, now.RootElement, Bookkeeping)
            : ChangePatch.Between(old.RootElement, now.RootElement, [.. Bookkeeping, .. paged.StorageFields], paged.PagedChanges);
    }
}

using Collaboration.Journal;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Core;
using Orleans.Storage;

namespace Collaboration;

/// <summary>The one way a grain stores a change, core and plugins alike.</summary>
public static class GrainCommit
{
    /// <summary>
    /// Stores the grain's state: gives a journaled state its change (made by the current
    /// <see cref="Access.Actor"/>, or by the system with <paramref name="systemEvent"/>), raises a
    /// versioned state's version, writes it,
    /// and drops the activation when the write fails, so the next call starts from what is stored
    /// rather than from a change that never was. Then runs <paramref name="then"/>: what follows a
    /// stored change, such as telling the portfolio. It comes after the write, so it must be safe
    /// to repeat: a retried request repairs a step that failed.
    /// </summary>
    /// <param name="grain">The grain storing its change.</param>
    /// <param name="state">Its state, changed in memory.</param>
    /// <param name="then">What follows the stored change, if anything.</param>
    /// <param name="systemEvent">What to record when no caller is acting (a reminder firing).</param>
    public static async Task CommitAsync<TState>(this IGrainBase grain, IStorage<TState> state, Func<Task>? then = null,
        string systemEvent = "system")
    {
        if (state.State is IJournaled journaled)
        {
            var clock = grain.GrainContext.ActivationServices.GetRequiredService<TimeProvider>();
            journaled.Change = JournalChange.Of(grain.GrainContext.GrainId.Key.ToString()!, clock.GetUtcNow(), systemEvent);
        }

        if (state.State is IVersioned versioned)
        {
            versioned.Version++;
        }

        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            grain.DeactivateOnIdle();
            throw;
        }

        if (then is not null)
        {
            await then();
        }
    }

    /// <summary>
    /// Reads a part of the grain's object kept in a row of its own under <paramref name="stateName"/>
    /// and <paramref name="key"/> (one meeting of a forum); <see cref="IGrainState{T}.RecordExists"/>
    /// says whether it was ever stored.
    /// </summary>
    /// <param name="grain">The grain whose object the part belongs to.</param>
    /// <param name="stateName">The name parts of this kind are stored under.</param>
    /// <param name="key">The part's key, under the grain's own.</param>
    public static async Task<IGrainState<TPart>> ReadPartAsync<TPart>(this IGrainBase grain, string stateName, string key)
        where TPart : new()
    {
        var part = new GrainState<TPart>(new TPart());
        await Store(grain).ReadStateAsync(stateName, GrainId.Create(stateName, key), part);
        return part;
    }

    /// <summary>
    /// Writes a part read with <see cref="ReadPartAsync"/>. The part is no change of its own: the
    /// change that made it is already stored, on record, with the grain's journaled state (which
    /// keeps it until this write), so the row takes no journal record. Drops the activation when
    /// the write fails, so the next reads the rows afresh.
    /// </summary>
    /// <param name="grain">The grain whose object the part belongs to.</param>
    /// <param name="stateName">The name parts of this kind are stored under.</param>
    /// <param name="key">The part's key, under the grain's own.</param>
    /// <param name="part">The part as read, with its new content.</param>
    public static async Task StorePartAsync<TPart>(this IGrainBase grain, string stateName, string key, IGrainState<TPart> part)
    {
        try
        {
            await Store(grain).WriteStateAsync(stateName, GrainId.Create(stateName, key), part);
        }
        catch
        {
            grain.DeactivateOnIdle();
            throw;
        }
    }

    private static IGrainStorage Store(IGrainBase grain) =>
        grain.GrainContext.ActivationServices.GetRequiredKeyedService<IGrainStorage>(GrainStorage.Name);
}

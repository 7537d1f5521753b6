using Collaboration.Journal;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Core;

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
}

using Collaboration.Access;

namespace Collaboration;

/// <summary>How grains store their state.</summary>
public static class StateWrites
{
    /// <summary>
    /// Runs a state write; when it fails, the activation is dropped so the next call starts from
    /// what is stored rather than from a change that never was.
    /// </summary>
    public static async Task WriteOrResetAsync(this IGrainBase grain, Func<Task> write)
    {
        try
        {
            await write();
        }
        catch
        {
            grain.DeactivateOnIdle();
            throw;
        }
    }

    /// <summary>
    /// Appends who is making this change to <paramref name="state"/>'s history, then writes it as
    /// <see cref="WriteOrResetAsync"/> does: the entry is stored with the change or not at all.
    /// </summary>
    /// <param name="grain">The grain writing.</param>
    /// <param name="state">Its state, about to be written.</param>
    /// <param name="write">The write.</param>
    /// <param name="systemOperation">What to record when no caller is acting (a reminder).</param>
    public static Task WriteAuditedAsync(this IGrainBase grain, IAudited state, Func<Task> write, string systemOperation = "system")
    {
        state.History.Add(AuditEntry.Now(systemOperation));
        return grain.WriteOrResetAsync(write);
    }
}

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
}

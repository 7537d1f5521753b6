namespace Collaboration.Journal;

/// <summary>
/// Wakes this silo's readers when a change was stored here, so a follower waiting for news gets
/// it at once; changes stored by other silos are found by polling.
/// </summary>
public sealed class JournalSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Completes at the next <see cref="Pulse"/>. Take it before looking for news, then wait on it:
    /// a change stored in between is not missed.
    /// </summary>
    public Task Next => Volatile.Read(ref _next).Task;

    /// <summary>Tells every waiter that a change was stored.</summary>
    public void Pulse() => Interlocked.Exchange(ref _next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}

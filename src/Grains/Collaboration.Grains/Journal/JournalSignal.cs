namespace Collaboration.Journal;

/// <summary>
/// Wakes this silo's readers when a change was stored here, so a follower waiting for news gets
/// it at once; changes stored by other silos are found by polling.
/// </summary>
public sealed class JournalSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Tells every waiter that a change was stored.</summary>
    public void Pulse() => Interlocked.Exchange(ref _next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Completes at the next <see cref="Pulse"/> or after <paramref name="timeout"/>, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        Task.WhenAny(Volatile.Read(ref _next).Task, Task.Delay(timeout, cancellationToken));
}

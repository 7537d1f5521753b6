using Orleans.Core;

namespace Collaboration;

/// <summary>
/// Stores the changes of a reentrant grain that many callers change at once, one write at a time:
/// changes asked for while a write is under way wait and go together in the next one, so a burst of
/// callers costs a few writes rather than one each. Each caller returns when the write holding its
/// change is stored, or gets that write's failure.
/// </summary>
/// <typeparam name="TState">The grain's state.</typeparam>
/// <param name="grain">The grain storing its changes.</param>
/// <param name="state">Its state.</param>
public sealed class CoalescedCommit<TState>(IGrainBase grain, IStorage<TState> state)
{
    private List<Pending> _waiting = [];
    private bool _writing;

    /// <summary>
    /// Makes <paramref name="change"/> to the state at the start of the next write and returns
    /// when that write is stored; when it fails, <paramref name="undo"/> takes the change back
    /// and the failure is thrown.
    /// </summary>
    public Task CommitAsync(Action change, Action undo)
    {
        var pending = new Pending(change, undo, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        _waiting.Add(pending);
        if (!_writing)
        {
            // Callers wait on their own change, not on the loop, which reports failures to them.
            WriteAsync().Ignore();
        }

        return pending.Stored.Task;
    }

    private async Task WriteAsync()
    {
        _writing = true;
        try
        {
            while (_waiting.Count > 0)
            {
                var batch = _waiting;
                _waiting = [];
                batch.ForEach(p => p.Change());
                try
                {
                    await grain.CommitAsync(state);
                }
                catch (Exception e)
                {
                    // The callers are told; the state goes back to what is stored.
                    for (var i = batch.Count - 1; i >= 0; i--)
                    {
                        batch[i].Undo();
                    }

                    batch.ForEach(p => p.Stored.SetException(e));
                    continue;
                }

                batch.ForEach(p => p.Stored.SetResult());
            }
        }
        finally
        {
            _writing = false;
        }
    }

    private sealed record Pending(Action Change, Action Undo, TaskCompletionSource Stored);
}

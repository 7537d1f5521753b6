using Orleans.Concurrency;

namespace Collaboration.Registers;

/// <summary>A page of a register's ids; reentrant, so that adds arriving together share one write.</summary>
[Reentrant]
public sealed class RegisterPageGrain : Grain, IRegisterPageGrain
{
    private readonly IPersistentState<RegisterPageState> _state;
    private readonly CoalescedCommit<RegisterPageState> _commit;

    public RegisterPageGrain([PersistentState("register-page", GrainStorage.Name)] IPersistentState<RegisterPageState> state)
    {
        _state = state;
        _commit = new(this, state);
    }

    private SortedSet<string> Ids => _state.State.Ids;

    public Task AddAsync(IReadOnlyList<string> ids)
    {
        List<string> added = [];
        return ids.All(Ids.Contains)
            ? Task.CompletedTask
            : _commit.CommitAsync(() => added.AddRange(ids.Where(Ids.Add)), () => added.ForEach(id => Ids.Remove(id)));
    }

    public Task RemoveAsync(string id)
    {
        var removed = false;
        return Ids.Contains(id)
            ? _commit.CommitAsync(() => removed = Ids.Remove(id), () => _ = removed && Ids.Add(id))
            : Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> ListAsync() => Task.FromResult<IReadOnlyList<string>>([.. Ids]);
}

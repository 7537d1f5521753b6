namespace Collaboration.Registers;

public sealed class RegisterGrain(
    [PersistentState("register", GrainStorage.Name)] IPersistentState<RegisterState> state) : Grain, IRegisterGrain
{
    public async Task AddAsync(string id)
    {
        if (state.State.Ids.Add(id))
        {
            await this.CommitAsync(state);
        }
    }

    public async Task RemoveAsync(string id)
    {
        if (state.State.Ids.Remove(id))
        {
            await this.CommitAsync(state);
        }
    }

    public Task<IReadOnlyList<string>> ListAsync() =>
        Task.FromResult<IReadOnlyList<string>>([.. state.State.Ids]);
}

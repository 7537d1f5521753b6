namespace Collaboration.Funding.Calls;

public sealed class CallBoardGrain(
    [PersistentState("funding-call-board", GrainStorage.Name)] IPersistentState<CallBoardState> state) : Grain, ICallBoardGrain
{
    public async Task PostAsync(CallNotice notice)
    {
        if (state.State.Notices.GetValueOrDefault(notice.CallId) != notice)
        {
            state.State.Notices[notice.CallId] = notice;
            await this.CommitAsync(state);
        }
    }

    public Task<IReadOnlyList<CallNotice>> ListAsync() =>
        Task.FromResult<IReadOnlyList<CallNotice>>([.. state.State.Notices.Values.OrderBy(n => n.Deadline).ThenBy(n => n.CallId, StringComparer.Ordinal)]);
}

using Collaboration.Portfolio;

namespace Collaboration.Federation;

public sealed class PeerEntryGrain(
    [PersistentState("peer-entry", GrainStorage.Name)] IPersistentState<PeerEntryState> state) : Grain, IPeerEntryGrain
{
    public async Task SetAsync(PortfolioItem item)
    {
        state.State.Item = item;
        await this.CommitAsync(state);
        await RefreshAsync();
    }

    public async Task RemoveAsync()
    {
        if (state.State.Item is null)
        {
            return;
        }

        state.State.Item = null;
        await this.CommitAsync(state);
        await RefreshAsync();
    }

    public Task<PortfolioReport> DescribeAsync() => Task.FromResult(Describe());

    public Task RefreshAsync() => GrainFactory.ReportToPortfolioAsync(Describe());

    private PortfolioReport Describe() => new(this.GetGrainId().ToString(), state.State.Item, null, [], []);
}

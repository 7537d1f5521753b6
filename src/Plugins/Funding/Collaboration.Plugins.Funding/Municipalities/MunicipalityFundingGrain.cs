using Collaboration.Funding.Applications;
using Collaboration.Funding.Calls;

namespace Collaboration.Funding.Municipalities;

public sealed class MunicipalityFundingGrain(
    [PersistentState("municipality-funding", GrainStorage.Name)] IPersistentState<MunicipalityFundingState> state,
    TimeProvider clock) : Grain, IMunicipalityFundingGrain
{
    public async Task<FundingOverview> GetOverviewAsync()
    {
        var now = clock.GetUtcNow();
        var notices = await GrainFactory.GetGrain<ICallBoardGrain>(ICallBoardGrain.Key).ListAsync();
        var involvements = state.State.Involvements.Values
            .Where(i => i.Status != ApplicationStatus.Withdrawn)
            .OrderBy(i => i.ApplicationId, StringComparer.Ordinal)
            .ToList();
        // An invitation is waiting only until its call closes, also before the call's reminder has expired it.
        var open = notices.Where(n => n.Status != CallStatus.Closed && now < n.Deadline).Select(n => n.CallId).ToHashSet(StringComparer.Ordinal);
        return new FundingOverview(
            this.GetPrimaryKeyString(),
            [.. notices.Where(n => n.Status != CallStatus.Closed && n.Opens <= now && now < n.Deadline)],
            [.. involvements.Where(i => i.IsLead)],
            [.. involvements.Where(i => i.State == PartnerState.Invited && i.Status == ApplicationStatus.Draft && (i.Deadline is { } due ? now < due : open.Contains(i.CallId)))],
            [.. involvements.Where(i => !i.IsLead && i.State == PartnerState.Accepted)]);
    }

    public async Task SetInvolvementAsync(Involvement involvement)
    {
        if (state.State.Involvements.GetValueOrDefault(involvement.ApplicationId) != involvement)
        {
            state.State.Involvements[involvement.ApplicationId] = involvement;
            await this.CommitAsync(state);
        }
    }
}

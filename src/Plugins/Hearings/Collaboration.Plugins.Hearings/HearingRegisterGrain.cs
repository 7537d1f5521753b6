namespace Collaboration.Hearings;

public sealed class HearingRegisterGrain(
    [PersistentState("hearing-register", GrainStorage.Name)] IPersistentState<HearingRegisterState> state) : Grain, IHearingRegisterGrain
{
    public async Task RecordAsync(HearingListing listing)
    {
        if (state.State.Hearings.GetValueOrDefault(listing.Id) != listing)
        {
            state.State.Hearings[listing.Id] = listing;
            await this.CommitAsync(state);
        }
    }

    public Task<IReadOnlyList<HearingListing>> ListAsync(string? forumId, string? bodyId) =>
        Task.FromResult<IReadOnlyList<HearingListing>>(
            [.. state.State.Hearings.Values
                .Where(h => forumId is null || h.ForumId == forumId)
                .Where(h => bodyId is null || h.Bodies.Contains(bodyId))
                .OrderByDescending(h => h.Sent)
                .ThenBy(h => h.Id, StringComparer.Ordinal)]);
}

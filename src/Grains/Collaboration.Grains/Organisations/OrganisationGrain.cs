using Collaboration.Journal;
using Collaboration.Municipalities;
using Collaboration.Registers;
using Collaboration.Versions;

namespace Collaboration.Organisations;

public sealed class OrganisationGrain(
    [PersistentState(CoreKinds.OrganisationState, GrainStorage.Name)] IPersistentState<OrganisationState> state) : Grain, IOrganisationGrain
{
    private string Id => this.GetPrimaryKeyString();

    public Task<Organisation> GetAsync() => Task.FromResult(ToOrganisation());

    public Task<bool> ExistsAsync() => Task.FromResult(state.State.Profile is not null);

    public Task<string?> NameAsync() => Task.FromResult(state.State.Profile?.Name);

    public async Task<Organisation> PutAsync(OrganisationProfile profile)
    {
        if (!OrganisationNumber.IsValid(Id))
        {
            throw CollaborationException.Invalid("organisationNumber", $"'{Id}' is not an organisation number (nine digits, the last a check digit).");
        }

        var created = state.State.Profile is null;
        Precondition.Check(created ? 0 : state.State.Version, $"Organisation {Id}");
        CheckSuccession(profile);
        state.State.Profile = profile;
        await this.CommitAsync(state);
        if (created)
        {
            await GrainFactory.GetGrain<IRegisterGrain>(Register.Organisations).AddAsync(Id);
        }

        await GrainFactory.GetGrain<IBodyNamesGrain>(IBodyNamesGrain.Key).SetAsync(Id, profile.Name);

        return ToOrganisation();
    }

    public async Task SetMembershipsAsync(string forumId, IReadOnlyList<ForumMembership> periods)
    {
        if (state.State.Forums.Replace(forumId, periods))
        {
            await this.CommitAsync(state);
        }
    }

    // A successor takes over from a body that has ceased, and is another body.
    private void CheckSuccession(OrganisationProfile profile)
    {
        if (profile.Successor is not { } successor)
        {
            return;
        }

        if (!Bodies.IsKommunenummer(successor) && !Bodies.IsOrganisationNumber(successor))
        {
            throw CollaborationException.Invalid("successor", $"'{successor}' is neither a kommunenummer nor an organisation number.");
        }

        if (successor == Id)
        {
            throw CollaborationException.Invalid("successor", "An organisation cannot succeed itself.");
        }

        if (profile.Dissolved is null)
        {
            throw CollaborationException.Invalid("successor", "Only a dissolved organisation has a successor; give its last day in dissolved.");
        }
    }

    private Organisation ToOrganisation() =>
        new(Id, Existing.OrNotFound(state.State.Profile, $"Organisation {Id} is not registered."),
            [.. state.State.Forums.OrderBy(f => f.ForumId, StringComparer.Ordinal).ThenBy(f => f.From)])
        { Version = state.State.Version };
}

using Collaboration.Journal;
using Collaboration.Organisations;
using Collaboration.Registers;
using Collaboration.Versions;

namespace Collaboration.Municipalities;

public sealed class MunicipalityGrain(
    [PersistentState(CoreKinds.MunicipalityState, GrainStorage.Name)] IPersistentState<MunicipalityState> state) : Grain, IMunicipalityGrain
{
    private string Id => this.GetPrimaryKeyString();

    public Task<Municipality> GetAsync() => Task.FromResult(ToMunicipality());

    public Task<bool> ExistsAsync() => Task.FromResult(state.State.Profile is not null);

    public Task<string?> NameAsync() => Task.FromResult(state.State.Profile?.Name);

    public async Task<Municipality> PutAsync(MunicipalityProfile profile)
    {
        if (!Kommunenummer.IsValid(Id))
        {
            throw CollaborationException.Invalid("kommunenummer", $"'{Id}' is not a kommunenummer (four digits).");
        }

        var created = state.State.Profile is null;
        Precondition.Check(created ? 0 : state.State.Version, $"Municipality {Id}");
        state.State.Profile = profile;
        await this.CommitAsync(state);
        if (created)
        {
            await GrainFactory.GetGrain<IRegisterGrain>(Register.Municipalities).AddAsync(Id);
        }

        await GrainFactory.GetGrain<IBodyNamesGrain>(IBodyNamesGrain.Key).SetAsync(Id, profile.Name);

        return ToMunicipality();
    }

    public async Task SetMembershipsAsync(string forumId, IReadOnlyList<ForumMembership> periods)
    {
        if (state.State.Forums.Replace(forumId, periods))
        {
            await this.CommitAsync(state);
        }
    }

    private Municipality ToMunicipality() =>
        new(Id, Existing.OrNotFound(state.State.Profile, $"Municipality {Id} is not registered."),
            [.. state.State.Forums.OrderBy(f => f.ForumId, StringComparer.Ordinal).ThenBy(f => f.From)])
        { Version = state.State.Version };
}

using Collaboration.Forums;
using Collaboration.Journal;
using Collaboration.Municipalities;
using Collaboration.Portfolio;
using Collaboration.Registers;

namespace Collaboration.Projects;

public sealed partial class ProjectGrain(
    [PersistentState(CoreKinds.ProjectState, GrainStorage.Name)] IPersistentState<ProjectState> state) : Grain, IProjectGrain, IPortfolioSource
{
    private string Id => this.GetPrimaryKeyString();

    public Task<Project> GetAsync() => Task.FromResult(ToProject());

    public async Task<Project> PutAsync(ProjectProfile profile)
    {
        if (profile.Start is { } start && profile.End is { } end && end < start)
        {
            throw CollaborationException.Invalid("end", "A project cannot end before it starts.");
        }

        if (profile.Budget.Any(b => b.Amount < 0))
        {
            throw CollaborationException.Invalid("budget", "Budget amounts cannot be negative.");
        }

        if (profile.Budget.GroupBy(b => b.Year).Any(g => g.Count() > 1))
        {
            throw CollaborationException.Invalid("budget", "The budget has more than one line for a year.");
        }

        if (profile.OwnerForumId is { } forumId && !await GrainFactory.GetGrain<IForumGrain>(forumId).ExistsAsync())
        {
            throw CollaborationException.Invalid("ownerForumId", $"Forum '{forumId}' does not exist.");
        }

        var created = state.State.Profile is null;
        state.State.Profile = profile;
        await CommitAndReportAsync();
        if (created)
        {
            await GrainFactory.GetGrain<IRegisterGrain>(Register.Projects).AddAsync(Id);
        }

        return ToProject();
    }

    public async Task<Project> PutParticipantAsync(Participant participant)
    {
        EnsureExists();
        var participants = state.State.Participants;
        var index = participants.FindIndex(p => p.MunicipalityId == participant.MunicipalityId);
        if (index >= 0 && participants[index] == participant)
        {
            return ToProject();
        }

        if (index < 0 && !await GrainFactory.GetGrain<IMunicipalityGrain>(participant.MunicipalityId).ExistsAsync())
        {
            throw CollaborationException.Invalid("kommunenummer", $"Municipality {participant.MunicipalityId} is not registered.");
        }

        if (index >= 0)
        {
            participants[index] = participant;
        }
        else
        {
            participants.Add(participant);
        }

        await CommitAndReportAsync();
        return ToProject();
    }

    public async Task<Project> RemoveParticipantAsync(string municipalityId)
    {
        EnsureExists();
        if (state.State.Participants.RemoveAll(p => p.MunicipalityId == municipalityId) == 0)
        {
            throw CollaborationException.NotFound($"Municipality {municipalityId} does not take part in '{Id}'.");
        }

        await CommitAndReportAsync();
        return ToProject();
    }

    public async Task<Project> ChangeStatusAsync(ProjectStatus status)
    {
        var current = ToProject().Status;
        if (!ProjectLifecycle.Allows(current, status))
        {
            throw CollaborationException.Conflict(
                $"A project cannot go from {current.ToString().ToLowerInvariant()} to {status.ToString().ToLowerInvariant()}.", "status");
        }

        state.State.Status = status;
        await CommitAndReportAsync();
        return ToProject();
    }

    // Every stored change is reported to the portfolio.
    private Task CommitAndReportAsync() => this.CommitAsync(state, then: RefreshAsync);

    private ProjectProfile Profile => Existing.OrNotFound(state.State.Profile, $"Project '{Id}' does not exist.");

    private void EnsureExists() => _ = Profile;

    private Project ToProject() =>
        new(Id, Profile, state.State.Status, [.. state.State.Participants.OrderBy(p => p.MunicipalityId, StringComparer.Ordinal)]);
}

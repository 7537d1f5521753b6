using Collaboration.Forums;
using Collaboration.Journal;
using Collaboration.Organisations;
using Collaboration.Portfolio;
using Collaboration.Registers;
using Collaboration.Versions;

namespace Collaboration.Projects;

public sealed partial class ProjectGrain(
    [PersistentState(CoreKinds.ProjectState, GrainStorage.Name)] IPersistentState<ProjectState> state) : Grain, IProjectGrain, IPortfolioSource
{
    private string Id => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        state.State.StampUnversioned();
        return Task.CompletedTask;
    }

    public Task<Project> GetAsync() => Task.FromResult(ToProject());

    public async Task<Project> PutAsync(ProjectProfile profile)
    {
        Precondition.Check(state.State.Profile is null ? 0 : state.State.Version, $"Project '{Id}'");
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
        Precondition.Check(index >= 0 ? participants[index].Version : 0, $"The participation of {participant.MunicipalityId} in '{Id}'");
        if (index >= 0 && participants[index].Role == participant.Role)
        {
            return ToProject();
        }

        if (index < 0 && !await GrainFactory.ExistsAsync(participant.MunicipalityId))
        {
            throw CollaborationException.Invalid("kommunenummer",
                $"{participant.MunicipalityId} is not registered, neither as a municipality nor as an organisation.");
        }

        participant = participant with { Version = state.State.Version + 1 };
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
        var participant = state.State.Participants.Find(p => p.MunicipalityId == municipalityId)
            ?? throw CollaborationException.NotFound($"Municipality {municipalityId} does not take part in '{Id}'.");
        Precondition.Check(participant.Version, $"The participation of {municipalityId} in '{Id}'");
        state.State.Participants.Remove(participant);

        await CommitAndReportAsync();
        return ToProject();
    }

    public async Task<Project> ChangeStatusAsync(ProjectStatus status)
    {
        var current = ToProject().Status;
        Precondition.Check(state.State.Version, $"Project '{Id}'");
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
        new(Id, Profile, state.State.Status, [.. state.State.Participants.OrderBy(p => p.MunicipalityId, StringComparer.Ordinal)])
        {
            Version = state.State.Version,
        };
}

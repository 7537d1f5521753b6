using Collaboration.Forums;
using Collaboration.Municipalities;
using Collaboration.Portfolio;
using Collaboration.Projects;
using Collaboration.Versions;

namespace Collaboration.JointProjects.Agreements;

public sealed partial class JointProjectGrain(
    [PersistentState(JointProjectsPlugin.JointProjectState, GrainStorage.Name)] IPersistentState<JointProjectState> state,
    TimeProvider clock) : Grain, IJointProjectGrain, IPortfolioSource
{
    private string Id => this.GetPrimaryKeyString();

    private IProjectGrain Project => GrainFactory.GetGrain<IProjectGrain>(Id);

    // A joint project exists with its core project, before anything about its cost sharing is
    // stored: it starts at version 1, and every stored change raises it.
    private int Version => state.State.Version + 1;

    // A joint project is the cost sharing of the core project of the same id: it exists when that project does.
    private async Task EnsureExistsAsync() => _ = await Project.GetAsync();

    public async Task<JointProject> GetAsync() => await ToJointProjectAsync();

    public async Task<JointProject> InviteAsync(IReadOnlyList<string> municipalityIds)
    {
        Precondition.Check(Version, $"Joint project '{Id}'");
        await EnsureExistsAsync();
        var invited = municipalityIds.Distinct().Where(id => !state.State.Invitations.ContainsKey(id)).ToList();
        foreach (var (id, index) in invited.Select((id, i) => (id, i)))
        {
            if (!await GrainFactory.GetGrain<IMunicipalityGrain>(id).ExistsAsync())
            {
                throw CollaborationException.Invalid($"municipalities[{index}]", $"Municipality {id} is not registered.");
            }
        }

        invited.ForEach(id => state.State.Invitations[id] = ParticipantAnswer.Invited);
        return await SaveAsync(invited.Count > 0);
    }

    public async Task<JointProject> AnswerAsync(string municipalityId, bool accept)
    {
        Precondition.Check(Version, $"Joint project '{Id}'");
        var current = state.State.Invitations.GetValueOrDefault(municipalityId, (ParticipantAnswer)(-1));
        if (!Enum.IsDefined(current))
        {
            throw CollaborationException.NotFound($"Municipality {municipalityId} is not invited to '{Id}'.");
        }

        var answer = accept ? ParticipantAnswer.Accepted : ParticipantAnswer.Declined;
        if (answer == current)
        {
            return await ToJointProjectAsync();
        }

        if (!accept && state.State.Agreements.LastOrDefault()?.Parties.Any(p => p.MunicipalityId == municipalityId) == true)
        {
            throw CollaborationException.Conflict(
                $"Municipality {municipalityId} is bound by agreement version {state.State.Agreements.Count}; a new version without it must be adopted first.");
        }

        // A municipality already in the core project keeps its role there (a lead stays lead).
        if (accept && (await Project.GetAsync()).Participants.All(p => p.MunicipalityId != municipalityId))
        {
            await Project.PutParticipantAsync(new Participant(municipalityId, "participant"));
        }

        state.State.Invitations[municipalityId] = answer;
        return await SaveAsync(true);
    }

    public async Task<JointProject> SetKeyAsync(CostKey key)
    {
        Precondition.Check(Version, $"Joint project '{Id}'");
        await EnsureExistsAsync();
        Check(key, Accepted());

        // Only a changed key makes a new version: the key in force again clears the draft.
        var draft = state.State.Agreements.LastOrDefault() is { } latest && SameKey(latest.Key, key) ? null : key;
        var changed = draft is null ? state.State.DraftKey is not null : state.State.DraftKey is not { } current || !SameKey(current, draft);
        state.State.DraftKey = draft;
        return await SaveAsync(changed);
    }

    public async Task<JointProject> AdoptKeyAsync(CaseNumber? decision)
    {
        Precondition.Check(Version, $"Joint project '{Id}'");
        var key = state.State.DraftKey ?? throw CollaborationException.Conflict("There is no draft key to adopt; set one first.", "key");
        var accepted = Accepted();
        if (accepted.Count == 0)
        {
            throw CollaborationException.Conflict("No municipality has accepted yet; an agreement binds accepted participants.");
        }

        Check(key, accepted);
        var parties = new List<Party>();
        foreach (var id in accepted)
        {
            var municipality = await GrainFactory.GetGrain<IMunicipalityGrain>(id).GetAsync();
            var population = municipality.Profile.Population;
            parties.Add(new Party(id, municipality.Profile.Name, population?.Count ?? 0, population?.Year, key.Values?.GetValueOrDefault(id)));
        }

        state.State.Agreements.Add(new CostAgreement(state.State.Agreements.Count + 1, key, parties, decision, clock.GetUtcNow()));
        state.State.DraftKey = null;
        return await SaveAsync(true);
    }

    public Task<CostAgreement> GetAgreementAsync(int version) =>
        Task.FromResult(state.State.Agreements.ElementAtOrDefault(version - 1)
            ?? throw CollaborationException.NotFound($"'{Id}' has no agreement version {version}."));

    public async Task<JointProject> SetBudgetAsync(IReadOnlyList<CostLine> lines)
    {
        Precondition.Check(Version, $"Joint project '{Id}'");
        await EnsureExistsAsync();
        var changed = !state.State.Budget.SequenceEqual(lines);
        state.State.Budget = [.. lines];
        return await SaveAsync(changed);
    }

    public async Task<JointProject> SetActualCostsAsync(int year, IReadOnlyList<CostLine> lines)
    {
        Precondition.Check(Version, $"Joint project '{Id}'");
        await EnsureExistsAsync();
        if (lines.Any(l => l.Year != year))
        {
            throw CollaborationException.Invalid("lines", $"Every line must be of {year}.");
        }

        var others = state.State.ActualCosts.Where(l => l.Year != year);
        var updated = others.Concat(lines).OrderBy(l => l.Year).ToList();
        var changed = !state.State.ActualCosts.Where(l => l.Year == year).SequenceEqual(lines);
        state.State.ActualCosts = updated;
        return await SaveAsync(changed);
    }

    public Task<CostAllocation> AllocateAsync(int year, bool budget)
    {
        var agreement = state.State.Agreements.LastOrDefault()
            ?? throw CollaborationException.Conflict($"'{Id}' has no adopted cost-sharing agreement yet.");
        var total = (budget ? state.State.Budget : state.State.ActualCosts).Where(l => l.Year == year).Sum(l => l.Amount);
        return Task.FromResult(new CostAllocation(Id, year, budget, total, agreement.Version, CostSharing.Allocate(agreement, total)));
    }

    private static bool SameKey(CostKey a, CostKey b) =>
        a with { Values = null } == b with { Values = null }
        && (a.Values ?? new Dictionary<string, decimal>()).OrderBy(v => v.Key, StringComparer.Ordinal)
            .SequenceEqual((b.Values ?? new Dictionary<string, decimal>()).OrderBy(v => v.Key, StringComparer.Ordinal));

    private List<string> Accepted() =>
        [.. state.State.Invitations.Where(i => i.Value == ParticipantAnswer.Accepted).Select(i => i.Key).Order(StringComparer.Ordinal)];

    /// <summary>The key's invariants against who has accepted; checked when set and again when adopted.</summary>
    private static void Check(CostKey key, List<string> accepted)
    {
        var values = key.Values ?? new Dictionary<string, decimal>();
        if (values.Values.Any(v => v < 0) || key.BaseAmount < 0)
        {
            throw CollaborationException.Invalid("values", "Amounts and percentages of a key cannot be negative.");
        }

        if (key.Kind is CostKeyKind.PerInhabitant or CostKeyKind.BasePlusPerInhabitant && key.PopulationYear is null)
        {
            throw CollaborationException.Invalid("populationYear", "A per-inhabitant key states the year of the population it uses.");
        }

        if (key.Kind is CostKeyKind.Fixed or CostKeyKind.Percentages)
        {
            if (values.Keys.FirstOrDefault(id => !accepted.Contains(id)) is { } stranger)
            {
                throw CollaborationException.Invalid("values", $"Municipality {stranger} has not accepted to take part.");
            }

            if (accepted.FirstOrDefault(id => !values.ContainsKey(id)) is { } missing)
            {
                throw CollaborationException.Invalid("values", $"The key has no value for {missing}, which takes part.");
            }

            if (key.Kind == CostKeyKind.Percentages && values.Values.Sum() != 100)
            {
                throw CollaborationException.Invalid("values", $"The percentages add up to {values.Values.Sum():0.##}, not 100.");
            }
        }
        else if (values.Count > 0)
        {
            throw CollaborationException.Invalid("values", $"A {key.Kind} key takes no values per municipality.");
        }
    }

    private async Task<JointProject> SaveAsync(bool changed)
    {
        if (changed)
        {
            await this.CommitAsync(state, then: RefreshAsync);
        }

        return await ToJointProjectAsync();
    }

    private async Task<JointProject> ToJointProjectAsync()
    {
        var project = await Project.GetAsync();
        var s = state.State;
        return new JointProject(Id, project.Profile.Title, new Dictionary<string, ParticipantAnswer>(s.Invitations), s.DraftKey,
            [.. s.Agreements], [.. s.Budget], [.. s.ActualCosts])
        {
            Version = Version,
        };
    }
}

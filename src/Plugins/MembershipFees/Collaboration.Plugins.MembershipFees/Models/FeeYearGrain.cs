using System.Globalization;
using Collaboration.Forums;
using Collaboration.Municipalities;
using Collaboration.Organisations;
using Collaboration.Versions;

namespace Collaboration.MembershipFees.Models;

public sealed class FeeYearGrain(
    [PersistentState(MembershipFeesPlugin.FeeYearState, GrainStorage.Name)] IPersistentState<FeeYearState> state) : Grain, IFeeYearGrain
{
    private string Council => this.GetPrimaryKeyString()[..Split];

    private int Year => int.Parse(this.GetPrimaryKeyString().AsSpan(Split + 1), CultureInfo.InvariantCulture);

    // The key is "{council}/{year}".
    private int Split => this.GetPrimaryKeyString().LastIndexOf('/');

    private DateOnly FirstOfJanuary => new(Year, 1, 1);

    public Task<FeeYear> GetAsync() => Task.FromResult(ToYear());

    public async Task<FeeModel> PutModelAsync(FeeModel model)
    {
        Precondition.Check(state.State.Models.GetValueOrDefault(model.Name)?.Version ?? 0, $"Fee model '{model.Name}' of {Year}");
        Check(model);
        if (state.State.Models.GetValueOrDefault(model.Name) is { Adopted: { } decision } adopted)
        {
            // Sending the adopted model again is no change; anything else would be one.
            return SameContent(adopted, model)
                ? adopted
                : throw CollaborationException.Conflict($"Model '{model.Name}' was adopted in {decision} and cannot change.", "name");
        }

        var members = await MembersAsync();
        var unknown = model.DoubleMembers?.Select((id, i) => (id, i)).FirstOrDefault(m => members.TrueForAll(x => x.MunicipalityId != m.id));
        if (unknown is { id: not null } u)
        {
            throw CollaborationException.Invalid($"doubleMembers[{u.i}]", $"Municipality {u.id} is not a member of '{Council}' on 1 January {Year}.");
        }

        if (state.State.Models.GetValueOrDefault(model.Name) is { } existing && SameContent(existing, model))
        {
            return existing;
        }

        var stored = model with { Adopted = null, Version = state.State.Version + 1 };
        state.State.Models[model.Name] = stored;
        await this.CommitAsync(state);
        return stored;
    }

    public Task<FeeModel> GetModelAsync(string name) => Task.FromResult(Find(name));

    public async Task<FeeComparison> CompareAsync()
    {
        var members = await MembersAsync();
        var previous = await GrainFactory.GetGrain<IFeeYearGrain>($"{Council}/{Year - 1}").GetAdoptedSheetAsync();
        var sheets = state.State.Models.Values
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .Select(m => m.Adopted is not null && state.State.AdoptedSheet is { } adopted ? adopted : FeeCalculator.Compute(m, Year, Bases(m, members)))
            .ToList();
        return new FeeComparison(Council, Year, previous, sheets);
    }

    public async Task<FeeYear> AdoptAsync(string name, CaseNumber decision)
    {
        var model = Find(name);
        Precondition.Check(model.Version, $"Fee model '{name}' of {Year}");
        if (state.State.AdoptedName is { } adopted)
        {
            return adopted == name && model.Adopted == decision
                ? ToYear()
                : throw CollaborationException.Conflict($"Model '{adopted}' is already adopted for {Year}; a council adopts one model a year.", "name");
        }

        var members = await MembersAsync();
        var adoptedModel = model with { Adopted = decision, Version = state.State.Version + 1 };
        state.State.Models[name] = adoptedModel;
        state.State.AdoptedName = name;
        state.State.AdoptedSheet = FeeCalculator.Compute(adoptedModel, Year, Bases(adoptedModel, members));
        await this.CommitAsync(state);
        return ToYear();
    }

    public Task<FeeSheet?> GetAdoptedSheetAsync() => Task.FromResult(state.State.AdoptedSheet);

    public async Task<IReadOnlyList<FeeInvoice>> GenerateInvoicesAsync()
    {
        Precondition.Check(state.State.Version, $"The fees of '{Council}' for {Year}");
        if (state.State.Invoices.Count > 0)
        {
            return state.State.Invoices;
        }

        var sheet = state.State.AdoptedSheet
            ?? throw CollaborationException.Conflict($"No model is adopted for {Year}; invoices are made from the adopted model.");
        var prefix = (await GrainFactory.GetGrain<IForumGrain>(Council).GetAsync()).Profile.CasePrefix;
        state.State.Invoices = [.. sheet.Fees.Select(fee => new FeeInvoice(
            $"{prefix}-{Year}-{fee.MunicipalityId}", Council, Year, sheet.Model.Name, sheet.Model.Adopted!, fee))];
        await this.CommitAsync(state);
        return state.State.Invoices;
    }

    public Task<IReadOnlyList<FeeInvoice>> ListInvoicesAsync() => Task.FromResult<IReadOnlyList<FeeInvoice>>(state.State.Invoices);

    /// <summary>Invariants a model must keep whoever sends it.</summary>
    private static void Check(FeeModel model)
    {
        if (model.BaseAmount < 0 || model.RatePerInhabitant < 0 || model.CountyContribution < 0 || model.Floor < 0 || model.Cap < 0
            || model.DoubleMembership.Fixed < 0 || model.DoubleMembership.Percent < 0 || model.Observers.ReductionPercent < 0)
        {
            throw CollaborationException.Invalid("model", "Amounts and rates of a fee model cannot be negative.");
        }

        if (model.Floor > model.Cap)
        {
            throw CollaborationException.Invalid("floor", "The floor cannot be above the cap.");
        }

        if (model.DoubleMembership.Percent > 100 || model.Observers.ReductionPercent > 100)
        {
            throw CollaborationException.Invalid("doubleMembership.percent", "A percentage cannot be over 100.");
        }

        if (model.DoubleMembership is { Percent: > 0, Fixed: > 0 })
        {
            throw CollaborationException.Invalid("doubleMembership", "A discount is a percentage or a fixed amount, not both.");
        }
    }

    private static bool SameContent(FeeModel a, FeeModel b) =>
        a with { Adopted = null, DoubleMembers = null, Version = 0 } == b with { Adopted = null, DoubleMembers = null, Version = 0 }
        && (a.DoubleMembers ?? []).SequenceEqual(b.DoubleMembers ?? []);

    private FeeModel Find(string name) =>
        state.State.Models.GetValueOrDefault(name) ?? throw CollaborationException.NotFound($"'{Council}' has no fee model '{name}' for {Year}.");

    private static IReadOnlyList<MemberBasis> Bases(FeeModel model, IReadOnlyList<MemberBasis> members) =>
        model.DoubleMembers is { } named ? [.. members.Select(m => m with { DoubleMember = named.Contains(m.MunicipalityId) })] : members;

    /// <summary>
    /// The council's members and observers on 1 January of the fee year, each with its
    /// population and whether it also belongs to another regional council then.
    /// </summary>
    private async Task<List<MemberBasis>> MembersAsync()
    {
        var council = await GrainFactory.GetGrain<IForumGrain>(Council).GetAsync();
        if (council.Profile.Kind != ForumKind.Council)
        {
            throw CollaborationException.Invalid("council", $"'{Council}' is not a regional council; fees are set by councils.");
        }

        var bases = new List<MemberBasis>();
        // County councils and other organisations may sit in a council, but fees are set per
        // municipality by population.
        foreach (var member in council.MembersOn(FirstOfJanuary).Where(m => Bodies.IsKommunenummer(m.MunicipalityId)))
        {
            var municipality = await GrainFactory.GetGrain<IMunicipalityGrain>(member.MunicipalityId).GetAsync();
            var doubleMember = false;
            foreach (var other in municipality.Forums.Where(f => f.ForumId != Council && ActiveOn(f.From, f.Until)))
            {
                doubleMember |= (await GrainFactory.GetGrain<IForumGrain>(other.ForumId).GetAsync()).Profile.Kind == ForumKind.Council;
            }

            var population = municipality.Profile.Population;
            bases.Add(new MemberBasis(member.MunicipalityId, municipality.Profile.Name, member.Role, population?.Count ?? 0, population?.Year, doubleMember));
        }

        return bases;
    }

    private bool ActiveOn(DateOnly from, DateOnly? until) => from <= FirstOfJanuary && (until is null || until >= FirstOfJanuary);

    private FeeYear ToYear() =>
        new(Council, Year, [.. state.State.Models.Values.OrderBy(m => m.Name, StringComparer.Ordinal)], state.State.AdoptedName, state.State.Invoices.Count)
        {
            Version = state.State.Version,
        };
}

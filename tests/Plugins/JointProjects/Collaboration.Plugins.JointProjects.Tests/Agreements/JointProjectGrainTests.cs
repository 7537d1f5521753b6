using Collaboration.JointProjects.Agreements;
using Collaboration.Projects;

namespace Collaboration.JointProjects.Tests.Agreements;

[Collection(JointProjectCollection.Name)]
public sealed class JointProjectGrainTests(JointProjectCluster cluster)
{
    private async Task<(string Id, IJointProjectGrain Grain)> StartAsync(params string[] accepting)
    {
        var id = await cluster.ProjectAsync();
        var grain = cluster.Grains.GetGrain<IJointProjectGrain>(id);
        await grain.InviteAsync(JointProjectCluster.Municipalities);
        foreach (var municipality in accepting)
        {
            await grain.AnswerAsync(municipality, accept: true);
        }

        return (id, grain);
    }

    [Fact]
    public async Task Only_accepted_participants_are_bound_and_they_join_the_core_project()
    {
        var (id, grain) = await StartAsync("5001", "5028");
        await grain.AnswerAsync("5031", accept: false);
        await grain.SetKeyAsync(new CostKey(CostKeyKind.Equal, null, null, null));

        var project = await grain.AdoptKeyAsync(null);

        Assert.Equal(["5001", "5028"], project.Agreements.Single().Parties.Select(p => p.MunicipalityId));
        Assert.Equal(["5001", "5028"], (await cluster.Grains.GetGrain<IProjectGrain>(id).GetAsync()).Participants.Select(p => p.MunicipalityId));
    }

    [Fact]
    public async Task A_key_naming_a_municipality_that_has_not_accepted_or_percentages_not_summing_to_100_is_refused()
    {
        var (_, grain) = await StartAsync("5001", "5028");

        var stranger = await Assert.ThrowsAsync<CollaborationException>(() => grain.SetKeyAsync(
            new CostKey(CostKeyKind.Percentages, null, null, new Dictionary<string, decimal> { ["5001"] = 50, ["5028"] = 25, ["5031"] = 25 })));
        var notHundred = await Assert.ThrowsAsync<CollaborationException>(() => grain.SetKeyAsync(
            new CostKey(CostKeyKind.Percentages, null, null, new Dictionary<string, decimal> { ["5001"] = 50, ["5028"] = 49 })));
        var noYear = await Assert.ThrowsAsync<CollaborationException>(() => grain.SetKeyAsync(new CostKey(CostKeyKind.PerInhabitant, null, null, null)));

        Assert.All([stranger, notHundred, noYear], e => Assert.Equal(ErrorKind.Invalid, e.Kind));
        Assert.Null((await grain.GetAsync()).DraftKey);
    }

    [Fact]
    public async Task A_changed_key_after_adoption_is_a_new_version_and_earlier_versions_stay_readable()
    {
        var (_, grain) = await StartAsync("5001", "5028", "5031");
        var equal = new CostKey(CostKeyKind.Equal, null, null, null);
        await grain.SetKeyAsync(equal);
        await grain.AdoptKeyAsync(new Forums.CaseNumber("TR", 12, 2009));

        await grain.SetKeyAsync(equal);
        Assert.Null((await grain.GetAsync()).DraftKey);
        await Assert.ThrowsAsync<CollaborationException>(() => grain.AdoptKeyAsync(null));

        await grain.SetKeyAsync(new CostKey(CostKeyKind.PerInhabitant, 2022, null, null));
        var project = await grain.AdoptKeyAsync(null);

        Assert.Equal([1, 2], project.Agreements.Select(a => a.Version));
        Assert.Equal(CostKeyKind.Equal, (await grain.GetAgreementAsync(1)).Key.Kind);
        Assert.Equal("TR 12/09", (await grain.GetAgreementAsync(1)).Decision?.ToString());
        Assert.Equal(CostKeyKind.PerInhabitant, (await grain.GetAgreementAsync(2)).Key.Kind);
    }

    [Fact]
    public async Task Bills_are_shares_of_the_years_actual_costs_under_the_latest_agreement()
    {
        var (_, grain) = await StartAsync("5001", "5028", "5031");
        await grain.SetKeyAsync(new CostKey(CostKeyKind.Equal, null, null, null));
        await grain.AdoptKeyAsync(null);
        await grain.SetBudgetAsync([new CostLine(2009, "konsulent", 1_000_000), new CostLine(2010, "konsulent", 500_000)]);
        await grain.SetActualCostsAsync(2009, [new CostLine(2009, "konsulent", 600_000), new CostLine(2009, "prosjektleder", 400_000.01m)]);

        var actual = await grain.AllocateAsync(2009, budget: false);
        var budget = await grain.AllocateAsync(2010, budget: true);

        Assert.Equal(1_000_000.01m, actual.Total);
        Assert.Equal(actual.Total, actual.Bills.Sum(b => b.Amount));
        Assert.Equal([333_333.33m, 333_333.34m, 333_333.34m], actual.Bills.Select(b => b.Amount).Order());
        Assert.Equal(500_000, budget.Bills.Sum(b => b.Amount));
    }

    [Fact]
    public async Task A_participant_bound_by_the_agreement_cannot_decline()
    {
        var (_, grain) = await StartAsync("5001", "5028");
        await grain.SetKeyAsync(new CostKey(CostKeyKind.Equal, null, null, null));
        await grain.AdoptKeyAsync(null);

        var error = await Assert.ThrowsAsync<CollaborationException>(() => grain.AnswerAsync("5028", accept: false));

        Assert.Equal(ErrorKind.Conflict, error.Kind);
    }

    [Fact]
    public async Task No_allocation_without_an_adopted_agreement_and_no_joint_project_without_a_core_project()
    {
        var (_, grain) = await StartAsync("5001");
        await Assert.ThrowsAsync<CollaborationException>(() => grain.AllocateAsync(2009, budget: false));

        var missing = await Assert.ThrowsAsync<CollaborationException>(() => cluster.Grains.GetGrain<IJointProjectGrain>("no-such-project").GetAsync());
        Assert.Equal(ErrorKind.NotFound, missing.Kind);
    }
}

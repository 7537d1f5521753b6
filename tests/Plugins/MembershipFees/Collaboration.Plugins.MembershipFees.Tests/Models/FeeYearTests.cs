using Collaboration.Forums;
using Collaboration.MembershipFees.Models;
using Collaboration.Organisations;

namespace Collaboration.MembershipFees.Tests.Models;

[Collection(FeesCollection.Name)]
public sealed class FeeYearTests(FeesCluster fees)
{
    [Fact]
    public async Task Members_on_1_January_are_charged_and_a_member_of_another_council_gets_the_discount()
    {
        var council = await fees.CouncilAsync();
        var year = fees.Year(council.Id, 2023);
        await year.PutModelAsync(FeesCluster.Model("forslag-a"));

        var sheet = Assert.Single((await year.CompareAsync()).Scenarios);

        Assert.Equal([council.Big, council.Middle, council.TwoCouncils, council.Observer], sheet.Fees.Select(f => f.MunicipalityId));
        Assert.True(sheet.Fees.Single(f => f.MunicipalityId == council.TwoCouncils).DoubleMember);
        Assert.False(sheet.Fees.Single(f => f.MunicipalityId == council.Middle).DoubleMember);
        Assert.Equal(0, sheet.Fees.Single(f => f.MunicipalityId == council.Observer).Fee);
        Assert.Equal((100_000 + (3m * 9_899)) * 0.2m, sheet.DoubleMembershipCost);
        Assert.Equal(sheet.Fees.Sum(f => f.Fee) + 500_000, sheet.Revenue);
    }

    [Fact]
    public async Task Each_year_bills_the_period_in_force_on_1_January_and_never_a_county_council()
    {
        var council = await fees.CouncilAsync();
        var forum = fees.Grains.GetGrain<IForumGrain>(council.Id);
        await forum.UpdateMemberAsync(council.Observer, null,
            new Member(council.Observer, MembershipRole.Observer, new DateOnly(2018, 1, 1), new DateOnly(2022, 12, 31)));
        await forum.AddMemberAsync(new Member(council.Observer, MembershipRole.Member, new DateOnly(2023, 1, 1), null));
        await fees.Grains.GetGrain<IOrganisationGrain>("817920632")
            .PutAsync(new OrganisationProfile("Trøndelag fylkeskommune", OrganisationKind.CountyCouncil, "Trøndelag", null, null, []));
        await forum.AddMemberAsync(new Member("817920632", MembershipRole.Member, new DateOnly(2018, 1, 1), null));
        foreach (var year in new[] { 2022, 2023 })
        {
            await fees.Year(council.Id, year).PutModelAsync(FeesCluster.Model("forslag"));
        }

        var before = Assert.Single((await fees.Year(council.Id, 2022).CompareAsync()).Scenarios).Fees;
        var after = Assert.Single((await fees.Year(council.Id, 2023).CompareAsync()).Scenarios).Fees;

        Assert.Equal((MembershipRole.Observer, 0m), before.Where(f => f.MunicipalityId == council.Observer).Select(f => (f.Role, f.Fee)).Single());
        Assert.Equal((MembershipRole.Member, 100_000 + (3m * 4_090)), after.Where(f => f.MunicipalityId == council.Observer).Select(f => (f.Role, f.Fee)).Single());
        Assert.DoesNotContain(after, f => f.MunicipalityId == "817920632");
    }

    [Fact]
    public async Task Models_are_compared_against_the_model_adopted_the_year_before()
    {
        var council = await fees.CouncilAsync();
        await fees.Year(council.Id, 2022).PutModelAsync(FeesCluster.Model("vedtatt", rate: 3));
        await fees.Year(council.Id, 2022).AdoptAsync("vedtatt", new CaseNumber("TT", 30, 2021));
        var next = fees.Year(council.Id, 2023);
        await next.PutModelAsync(FeesCluster.Model("forslag-a", rate: 3.5m));
        await next.PutModelAsync(FeesCluster.Model("forslag-b", rate: 2.5m, discount: new Discount(0, 10_000)));

        var comparison = await next.CompareAsync();

        Assert.Equal("vedtatt", comparison.Previous?.Model.Name);
        Assert.Equal(["forslag-a", "forslag-b"], comparison.Scenarios.Select(s => s.Model.Name));
        var trondheimA = comparison.Scenarios[0].Fees.Single(f => f.MunicipalityId == council.Big).Fee;
        var trondheimBefore = comparison.Previous!.Fees.Single(f => f.MunicipalityId == council.Big).Fee;
        Assert.Equal(0.5m * 210_496, trondheimA - trondheimBefore);
    }

    [Fact]
    public async Task One_model_is_adopted_a_year_and_it_cannot_change()
    {
        var council = await fees.CouncilAsync();
        var year = fees.Year(council.Id, 2023);
        await year.PutModelAsync(FeesCluster.Model("forslag-a"));
        await year.PutModelAsync(FeesCluster.Model("forslag-b"));
        var decision = new CaseNumber("TT", 12, 2022);

        await year.AdoptAsync("forslag-a", decision);
        var again = await year.AdoptAsync("forslag-a", decision);
        var second = await Assert.ThrowsAsync<CollaborationException>(() => year.AdoptAsync("forslag-b", decision));
        var change = await Assert.ThrowsAsync<CollaborationException>(() => year.PutModelAsync(FeesCluster.Model("forslag-a", rate: 99)));

        Assert.Equal("forslag-a", again.AdoptedModel);
        Assert.Equal(ErrorKind.Conflict, second.Kind);
        Assert.Equal(ErrorKind.Conflict, change.Kind);
        Assert.Equal(3, (await year.GetModelAsync("forslag-a")).RatePerInhabitant);
        Assert.Equal(decision, (await year.GetModelAsync("forslag-a")).Adopted);
    }

    [Fact]
    public async Task Invoices_come_one_per_member_from_the_adopted_model_and_generating_again_changes_nothing()
    {
        var council = await fees.CouncilAsync();
        var year = fees.Year(council.Id, 2023);
        await year.PutModelAsync(FeesCluster.Model("forslag-a"));
        await Assert.ThrowsAsync<CollaborationException>(() => year.GenerateInvoicesAsync());
        await year.AdoptAsync("forslag-a", new CaseNumber("TT", 12, 2022));

        var first = await year.GenerateInvoicesAsync();
        var again = await year.GenerateInvoicesAsync();

        Assert.Equal(4, first.Count);
        Assert.Equal(first.Select(i => (i.Number, i.Fee.Fee)), again.Select(i => (i.Number, i.Fee.Fee)));
        Assert.Equal($"TT-2023-{council.Big}", first[0].Number);
        Assert.All(first, i => Assert.Equal(i.Fee.Fee, i.Fee.Lines.Sum(l => l.Amount)));
        var sheet = await year.GetAdoptedSheetAsync();
        Assert.Equal(sheet!.MemberTotal, first.Sum(i => i.Fee.Fee));
    }

    [Fact]
    public async Task Invalid_models_are_refused_and_change_nothing()
    {
        var council = await fees.CouncilAsync();
        var year = fees.Year(council.Id, 2023);
        var good = FeesCluster.Model("forslag-a");
        await year.PutModelAsync(good);

        FeeModel[] invalid =
        [
            good with { RatePerInhabitant = -1 },
            good with { Floor = 500_000, Cap = 100_000 },
            good with { DoubleMembership = new Discount(120, 0) },
            good with { DoubleMembership = new Discount(10, 1_000) },
            good with { DoubleMembers = [council.Late] },
        ];
        foreach (var model in invalid)
        {
            var error = await Assert.ThrowsAsync<CollaborationException>(() => year.PutModelAsync(model));
            Assert.Equal(ErrorKind.Invalid, error.Kind);
        }

        Assert.Equal(good, (await year.GetModelAsync("forslag-a")) with { Version = 0 });
    }

    [Fact]
    public async Task Fees_are_set_by_councils_only()
    {
        var forum = fees.Grains.GetGrain<IForumGrain>($"network-{Guid.NewGuid():N}"[..20]);
        await forum.PutAsync(new ForumProfile("Nettverk", ForumKind.Network, null, "NV", null));

        var error = await Assert.ThrowsAsync<CollaborationException>(() =>
            fees.Year(forum.GetPrimaryKeyString(), 2023).PutModelAsync(FeesCluster.Model("forslag-a")));

        Assert.Equal("council", error.Field);
    }
}

using Collaboration.JointProjects.Agreements;
using Collaboration.Portfolio;

namespace Collaboration.JointProjects.Tests.Agreements;

/// <summary>What a joint project tells the portfolio of each participant's part of its budget.</summary>
[Collection(JointProjectCollection.Name)]
public sealed class JointProjectPortfolioTests(JointProjectCluster cluster)
{
    private IPortfolioGrain Portfolio => cluster.Grains.GetGrain<IPortfolioGrain>(IPortfolioGrain.Key);

    [Fact]
    public async Task Each_participant_has_its_budget_share_as_the_years_budget_bills_add_up_and_a_municipality_filter_sums_it()
    {
        var id = await cluster.ProjectAsync();
        var grain = cluster.Grains.GetGrain<IJointProjectGrain>(id);
        await grain.InviteAsync(["5001", "5028", "5031", "5035"]);
        foreach (var municipality in new[] { "5001", "5028", "5031" })
        {
            await grain.AnswerAsync(municipality, accept: true);
        }

        await grain.SetKeyAsync(new CostKey(CostKeyKind.PerInhabitant, 2022, null, null));
        await grain.AdoptKeyAsync(null);
        // Amounts that do not split evenly, in two years, so rounding happens per year as the bills do.
        await grain.SetBudgetAsync([new CostLine(2023, "drift", 100_000.01m), new CostLine(2024, "drift", 33_333.33m), new CostLine(2024, "reise", 0.01m)]);

        var bills = (await Task.WhenAll(grain.AllocateAsync(2023, budget: true), grain.AllocateAsync(2024, budget: true))).SelectMany(a => a.Bills);
        var expected = bills.GroupBy(b => b.MunicipalityId).ToDictionary(g => g.Key, g => g.Sum(b => b.Amount));

        var view = await Portfolio.QueryAsync(new PortfolioQuery(PortfolioFilter.All with { Text = id, Municipalities = ["5001", "5035"] },
            PortfolioSort.Title, false, 0, 10));

        var row = Assert.Single(view.Rows);
        Assert.Equal(expected, row.Participants.Where(p => p.TakesPart).ToDictionary(p => p.MunicipalityId, p => p.BudgetShare));
        Assert.Equal(133_333.35m, row.Participants.Sum(p => p.BudgetShare));
        Assert.Equal(0, row.Participants.Single(p => p.MunicipalityId == "5035").BudgetShare); // invited, not bound
        Assert.Equal([new PortfolioShare("5001", 1, 0, 0, 0, expected["5001"]), new PortfolioShare("5035", 0, 0, 0, 0, 0)], row.Shares);
        Assert.Equal(row.Shares, view.Shares);
    }
}

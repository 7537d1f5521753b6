using Collaboration.Funding.Applications;

namespace Collaboration.Funding.Tests.Applications;

[Collection(FundingCollection.Name)]
public sealed class ConcurrentAcceptTests(FundingCluster funding)
{
    [Fact]
    public async Task Fifty_municipalities_accepting_at_the_same_moment_are_all_recorded_once()
    {
        var application = await funding.ApplicationAsync(await funding.CallAsync(100_000), leadRequested: 10_000);
        var partners = FundingCluster.Municipalities.Skip(1).Take(50).ToList();
        await application.InviteAsync(partners);

        var answers = await Task.WhenAll(partners.Select(id =>
            application.AcceptAsync(id, new PartnerShare(1_000, 500, $"Deltar for {id}"))));

        var result = await application.GetAsync();
        Assert.Equal(51, result.Partners.Count(p => p.State == PartnerState.Accepted));
        Assert.Equal(partners.Order(), result.Partners.Where(p => !p.IsLead).Select(p => p.MunicipalityId).Order());
        Assert.Equal(10_000 + (50 * 1_000), result.RequestedTotal);
        Assert.Equal(50, answers.Select(a => a.Version).Distinct().Count());
        Assert.All(partners, id => Assert.Single(result.Partners, p => p.MunicipalityId == id));
    }
}

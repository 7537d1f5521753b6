namespace Collaboration.Funding.Tests.Api;

/// <summary>The real process composition with the Funding plugin, on free loopback ports, with demo data.</summary>
public sealed class FundingApiFixture : DemoSiloFixture
{
    /// <summary>Publishes an open call with its own id and returns the id.</summary>
    public async Task<string> OpenCallAsync(bool joint = true)
    {
        var id = $"test-{Guid.NewGuid():N}"[..18];
        var answer = await Http.ApiPutAsync($"/api/funding/calls/{id}", new
        {
            funder = "Landbruksdirektoratet",
            title = "Jordvernstrategier",
            opens = "2022-05-01",
            deadline = "2099-12-31",
            maxPerMunicipality = "100000",
            jointAllowed = joint,
            themes = new[] { "landbruk" },
        });
        return answer.Status is System.Net.HttpStatusCode.OK or System.Net.HttpStatusCode.Created ? id : throw new InvalidOperationException($"{answer.Status} {answer.Body}");
    }
}

[CollectionDefinition(Name)]
public sealed class FundingApiCollection : ICollectionFixture<FundingApiFixture>
{
    public const string Name = "funding-api";
}

using System.Net;
using System.Net.Http.Json;
using Collaboration.Funding.Api.V1;

namespace Collaboration.Funding.Tests.Api;

/// <summary>Amounts of calls and applications come back to the øre over HTTP and gRPC, and a grant splits exactly.</summary>
[Collection(FundingApiCollection.Name)]
public sealed class FundingAmountTests(FundingApiFixture fixture)
{
    // A call's maximum must be above zero.
    private static readonly IReadOnlyList<AmountSample> Samples =
        [.. AmountSample.EdgeCases.Concat(AmountSample.Random(40, seed: 11)).Where(s => s.Value > 0)];

    private HttpClient Http => fixture.Http;

    private Funding.Api.V1.Funding.FundingClient Grpc => new(fixture.Silo.Grpc);

    [Fact]
    public async Task A_calls_maximum_written_either_way_reads_back_unchanged_both_ways()
    {
        foreach (var (sample, i) in Samples.Select((s, i) => (s, i)))
        {
            var overHttp = $"amount-http-{i}";
            var overGrpc = $"amount-grpc-{i}";
            var written = await Http.ApiPutAsync($"/api/funding/calls/{overHttp}", Call(sample.Sent));
            var put = await Grpc.PutCallAsync(new PutCallRequest
            {
                Id = overGrpc,
                Funder = "Fylkeskommunen",
                Title = "Beløp",
                Opens = "2026-01-01",
                Deadline = "2099-12-31",
                MaxPerMunicipality = sample.Sent,
            });

            Assert.Equal(sample.Answer, (string?)written.Json["maxPerMunicipality"]);
            Assert.Equal(sample.Answer, put.MaxPerMunicipality);
            foreach (var id in new[] { overHttp, overGrpc })
            {
                Assert.Equal(sample.Answer, (string?)(await Http.ReadAsync($"/api/funding/calls/{id}"))["maxPerMunicipality"]);
                Assert.Equal(sample.Answer, (await Grpc.GetCallAsync(new GetCallRequest { Id = id })).MaxPerMunicipality);
            }
        }
    }

    [Theory]
    [InlineData("100000.01")]
    [InlineData("0.01")]
    [InlineData("0.1")]
    [InlineData("213333.83")]
    public async Task A_grant_splits_among_the_partners_to_the_ore_and_adds_up_exactly(string granted)
    {
        var id = await SubmittedApplicationAsync();

        var decided = await Http.ApiPostAsync($"/api/funding/applications/{id}/decision", new { outcome = "granted", amount = granted });

        Assert.Equal(HttpStatusCode.OK, decided.Status);
        var parts = decided.Json["partners"]!.AsArray().Where(p => p!["granted"] is not null).Select(p => p!["granted"].Amount()).ToList();
        Assert.Equal(3, parts.Count);
        Assert.Equal(decided.Json["grantedAmount"].Amount(), parts.Sum());
        Assert.Equal(decimal.Parse(granted, System.Globalization.CultureInfo.InvariantCulture), parts.Sum());
        var overGrpc = await Grpc.GetApplicationAsync(new ApplicationRequest { Id = id });
        Assert.Equal(decided.Json["partners"]!.AsArray().Select(p => (string?)p!["granted"]), overGrpc.Partners.Select(p => p.HasGranted ? p.Granted : null));
    }

    // Trondheim leads with 100 000, Melhus and Skaun ask for odd amounts; the budget balances.
    private async Task<string> SubmittedApplicationAsync()
    {
        var created = await Http.ApiPostAsync("/api/funding/applications", new
        {
            callId = await fixture.OpenCallAsync(),
            title = "Deling av tilskudd",
            lead = new { kind = "municipality", id = "5001" },
            leadShare = new { requested = "100000", role = "Leder" },
        });
        var id = (string)created.Json["id"]!;
        await Http.ApiPostAsync($"/api/funding/applications/{id}/invitations", new { municipalities = new[] { "5028", "5029" } });
        await Http.ApiPostAsync($"/api/funding/applications/{id}/partners/5028/accept", new { requested = "80000.5", role = "Deltar" });
        await Http.ApiPostAsync($"/api/funding/applications/{id}/partners/5029/accept", new { requested = "33333.33", role = "Deltar" });
        using var response = await Http.GetAsync($"/api/funding/applications/{id}");
        using var budget = new HttpRequestMessage(HttpMethod.Put, $"/api/funding/applications/{id}/budget")
        {
            Content = JsonContent.Create(new { lines = new[] { new { category = "prosjektleder", year = 2026, amount = "213333.83" } } }),
        };
        budget.Headers.TryAddWithoutValidation("If-Match", response.Headers.ETag!.Tag);
        using var set = await Http.SendAsync(budget);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var submitted = await Http.ApiPostAsync($"/api/funding/applications/{id}/submit", new { });
        Assert.Equal(HttpStatusCode.OK, submitted.Status);
        Assert.Equal("213333.83", (string?)submitted.Json["requestedTotal"]);
        return id;
    }

    private static object Call(string max) => new
    {
        funder = "Fylkeskommunen",
        title = "Beløp",
        opens = "2026-01-01",
        deadline = "2099-12-31",
        maxPerMunicipality = max,
    };
}

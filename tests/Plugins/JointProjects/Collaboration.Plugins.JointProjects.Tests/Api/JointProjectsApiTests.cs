using System.Net;
using System.Text;
using V1 = Collaboration.JointProjects.Api.V1;

namespace Collaboration.JointProjects.Tests.Api;

/// <summary>The joint-project API over real HTTP, on the demo data from the 2009 talk.</summary>
public sealed class JointProjectsApiTests(DemoSiloFixture fixture) : IClassFixture<DemoSiloFixture>
{
    private HttpClient Http => fixture.Silo.Http;

    [Theory]
    [InlineData("interkommunal-arealplan", 7)]
    [InlineData("naeringsplan", 9)]
    [InlineData("befolknings-og-bosettingsanalyse", 7)]
    public async Task The_2009_projects_split_their_actual_costs_exactly(string project, int participants)
    {
        var allocation = await Http.ReadAsync($"/api/joint-projects/{project}/allocation/2009");

        var bills = allocation["bills"]!.AsArray();
        Assert.Equal(participants, bills.Count);
        Assert.Equal(allocation["total"].Amount(), bills.Sum(b => b!["amount"].Amount()));
    }

    [Theory]
    [InlineData("interkommunal-arealplan")]
    [InlineData("naeringsplan")]
    [InlineData("befolknings-og-bosettingsanalyse")]
    public async Task Budget_amounts_survive_the_round_trip_and_every_key_splits_them_exactly(string project)
    {
        // One budget line a year, so each year's allocation splits one amount.
        var samples = AmountSample.EdgeCases.Concat(AmountSample.Random(40, seed: project.Length)).ToList();
        var years = Enumerable.Range(2100, samples.Count).ToList();
        var grpc = new V1.JointProjects.JointProjectsClient(fixture.Silo.Grpc);

        var overHttp = await Http.ApiPutAsync($"/api/joint-projects/{project}/budget",
            new { lines = samples.Select((s, i) => new { year = years[i], category = "drift", amount = s.Sent }) });
        var readOverGrpc = await grpc.GetJointProjectAsync(new V1.JointProjectRequest { Id = project });
        var overGrpc = new V1.SetBudgetRequest { Id = project };
        overGrpc.Lines.AddRange(samples.Select((s, i) => new V1.CostLine { Year = years[i], Category = "drift", Amount = s.Sent }));
        var writtenOverGrpc = await grpc.SetBudgetAsync(overGrpc);
        var readOverHttp = await Http.ReadAsync($"/api/joint-projects/{project}");

        var expected = samples.Select(s => s.Answer).ToList();
        Assert.Equal(expected, overHttp.Json["budget"]!.AsArray().Select(l => (string)l!["amount"]!));
        Assert.Equal(expected, readOverGrpc.Budget.Select(l => l.Amount));
        Assert.Equal(expected, writtenOverGrpc.Budget.Select(l => l.Amount));
        Assert.Equal(expected, readOverHttp["budget"]!.AsArray().Select(l => (string)l!["amount"]!));
        foreach (var (sample, year) in samples.Zip(years))
        {
            var allocation = await Http.ReadAsync($"/api/joint-projects/{project}/allocation/{year}?budget=true");
            var bills = allocation["bills"]!.AsArray();
            Assert.Equal(sample.Answer, (string?)allocation["total"]);
            Assert.Equal(sample.Value, bills.Sum(b => b!["amount"].Amount()));
            var split = await grpc.AllocateAsync(new V1.AllocationRequest { Id = project, Year = year, Budget = true });
            Assert.Equal(bills.Select(b => (string)b!["amount"]!), split.Bills.Select(b => b.Amount));
        }
    }

    [Fact]
    public async Task The_allocation_exports_as_CSV_with_a_sum_row()
    {
        using var response = await Http.GetAsync("/api/joint-projects/interkommunal-arealplan/allocation/2009/csv");
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + 7 + 1, rows.Length);
        var norwegian = System.Globalization.CultureInfo.GetCultureInfo("nb-NO");
        Assert.Equal(decimal.Parse(rows[^1].Split(';')[6], norwegian), rows[1..^1].Sum(r => decimal.Parse(r.Split(';')[6], norwegian)));
        var allocation = await Http.ReadAsync("/api/joint-projects/interkommunal-arealplan/allocation/2009");
        Assert.Equal(allocation["bills"]!.AsArray().Select(b => ((string)b!["amount"]!).Replace('.', ',')), rows[1..^1].Select(r => r.Split(';')[6]));
    }

    [Theory]
    [InlineData("unknown kind", "{\"kind\": \"proportional\"}", "kind")]
    [InlineData("negative base", "{\"kind\": \"baseplusperinhabitant\", \"populationYear\": 2022, \"baseAmount\": \"-5\"}", "baseAmount")]
    [InlineData("base in exponent form", "{\"kind\": \"baseplusperinhabitant\", \"populationYear\": 2022, \"baseAmount\": \"1e5\"}", "baseAmount")]
    [InlineData("percentages not 100", "{\"kind\": \"percentages\", \"values\": [{\"kommunenummer\": \"5001\", \"value\": \"100\"}]}", "values")]
    [InlineData("percentage with three decimals", "{\"kind\": \"percentages\", \"values\": [{\"kommunenummer\": \"5001\", \"value\": \"33.333\"}]}", "values[0].value")]
    [InlineData("fixed amount with a decimal comma", "{\"kind\": \"fixed\", \"values\": [{\"kommunenummer\": \"5001\", \"value\": \"1,5\"}]}", "values[0].value")]
    [InlineData("fixed amount left empty", "{\"kind\": \"fixed\", \"values\": [{\"kommunenummer\": \"5001\", \"value\": \"\"}]}", "values[0].value")]
    [InlineData("bad kommunenummer", "{\"kind\": \"fixed\", \"values\": [{\"kommunenummer\": \"501\", \"value\": \"1\"}]}", "values[0].kommunenummer")]
    public async Task Bad_keys_are_400_and_change_nothing(string why, string body, string field)
    {
        var before = (await Http.ReadAsync("/api/joint-projects/naeringsplan")).ToJsonString();

        var answer = await Http.SendJsonAsync(HttpMethod.Put, "/api/joint-projects/naeringsplan/key", body);

        Assert.True(answer.Status == HttpStatusCode.BadRequest, $"{why}: {(int)answer.Status} {answer.Body}");
        Assert.Equal("application/problem+json", answer.ContentType);
        Assert.Equal(field, (string?)answer.Json["field"]);
        Assert.Equal(before, (await Http.ReadAsync("/api/joint-projects/naeringsplan")).ToJsonString());
    }
}

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using V1 = Collaboration.MembershipFees.Api.V1;

namespace Collaboration.MembershipFees.Tests.Api;

/// <summary>The fee API over real HTTP, on the demo data: Trondheimsregionen's 2022 model and the 2023 proposals.</summary>
public sealed class FeesApiTests(DemoSiloFixture fixture) : IClassFixture<DemoSiloFixture>
{
    private const string Year2023 = "/api/fees/trondheimsregionen/2023";

    private HttpClient Http => fixture.Silo.Http;

    [Fact]
    public async Task The_2023_proposals_compare_side_by_side_against_the_2022_model()
    {
        var comparison = await Http.ReadAsync($"{Year2023}/comparison");

        Assert.Equal("modell-2022", (string?)comparison["previousModel"]);
        var scenarios = comparison["scenarios"]!.AsArray();
        Assert.Equal(["forslag-a", "forslag-b"], scenarios.Select(s => (string)s!["model"]!));
        foreach (var scenario in scenarios)
        {
            var fees = scenario!["fees"]!.AsArray();
            Assert.Equal(8, fees.Count);
            var memberTotal = fees.Sum(f => f!["fee"].Amount());
            Assert.Equal(scenario["memberTotal"].Amount(), memberTotal);
            Assert.Equal(scenario["revenue"].Amount(), memberTotal + scenario["countyContribution"].Amount());
            Assert.True(scenario["doubleMembershipCost"].Amount() > 0);
            Assert.All(fees, f => Assert.Equal(f!["fee"].Amount(), f["lines"]!.AsArray().Sum(l => l!["amount"].Amount())));
            var indreFosen = fees.Single(f => (string?)f!["kommunenummer"] == "5054")!;
            Assert.True((bool)indreFosen["doubleMember"]!);
            Assert.Equal(indreFosen["fee"].Amount() - indreFosen["previousFee"].Amount(), indreFosen["changeNok"].Amount());
        }
    }

    [Fact]
    public async Task Every_amount_of_a_model_survives_the_round_trip_over_HTTP_and_gRPC()
    {
        var grpc = new V1.MembershipFees.MembershipFeesClient(fixture.Silo.Grpc);
        foreach (var (sample, i) in AmountSample.EdgeCases.Concat(AmountSample.Random(30, seed: 5)).Select((s, i) => (s, i)))
        {
            var name = $"belop-{i}";
            var written = await Http.ApiPutAsync($"/api/fees/trondheimsregionen/2031/models/{name}", new
            {
                title = "Beløp",
                baseAmount = sample.Sent,
                ratePerInhabitant = sample.Sent,
                floor = sample.Sent,
                cap = sample.Sent,
                countyContribution = sample.Sent,
                doubleMembership = new { @fixed = sample.Sent },
            });
            var model = new V1.FeeModel
            {
                Council = "trondheimsregionen",
                Year = 2032,
                Name = name,
                Title = "Beløp",
                BaseAmount = sample.Sent,
                RatePerInhabitant = sample.Sent,
                Floor = sample.Sent,
                Cap = sample.Sent,
                CountyContribution = sample.Sent,
                DoubleMembership = new V1.Discount { Fixed = sample.Sent },
            };
            var put = await grpc.PutModelAsync(model);

            var expected = Enumerable.Repeat(sample.Answer, 6).ToList();
            Assert.Equal(expected, Amounts(written.Json));
            Assert.Equal(expected, Amounts(await Http.ReadAsync($"/api/fees/trondheimsregionen/2032/models/{name}")));
            Assert.Equal(expected, Amounts(put));
            Assert.Equal(expected, Amounts(await grpc.GetModelAsync(new V1.ModelRequest { Council = "trondheimsregionen", Year = 2031, Name = name })));
        }
    }

    [Theory]
    [InlineData("negative rate", "{\"title\": \"X\", \"baseAmount\": \"1\", \"ratePerInhabitant\": \"-1\"}", "ratePerInhabitant")]
    [InlineData("floor above cap", "{\"title\": \"X\", \"baseAmount\": \"1\", \"ratePerInhabitant\": \"1\", \"floor\": \"500\", \"cap\": \"100\"}", "floor")]
    [InlineData("percentage over 100", "{\"title\": \"X\", \"baseAmount\": \"1\", \"ratePerInhabitant\": \"1\", \"doubleMembership\": {\"percent\": \"120\"}}", "doubleMembership.percent")]
    [InlineData("observer reduction over 100", "{\"title\": \"X\", \"baseAmount\": \"1\", \"ratePerInhabitant\": \"1\", \"observers\": {\"free\": false, \"reductionPercent\": \"101\"}}", "observers.reductionPercent")]
    [InlineData("unknown member", "{\"title\": \"X\", \"baseAmount\": \"1\", \"ratePerInhabitant\": \"1\", \"doubleMembers\": [\"5061\"]}", "doubleMembers[0]")]
    [InlineData("not a kommunenummer", "{\"title\": \"X\", \"baseAmount\": \"1\", \"ratePerInhabitant\": \"1\", \"doubleMembers\": [\"12\"]}", "doubleMembers[0]")]
    [InlineData("rate with three decimals", "{\"title\": \"X\", \"ratePerInhabitant\": \"3.125\"}", "ratePerInhabitant")]
    [InlineData("cap in exponent form", "{\"title\": \"X\", \"cap\": \"7e5\"}", "cap")]
    [InlineData("county contribution with a space", "{\"title\": \"X\", \"countyContribution\": \" 5\"}", "countyContribution")]
    [InlineData("discount with a decimal comma", "{\"title\": \"X\", \"doubleMembership\": {\"fixed\": \"1,5\"}}", "doubleMembership.fixed")]
    [InlineData("no title", "{\"title\": \"\", \"baseAmount\": \"1\", \"ratePerInhabitant\": \"1\"}", "title")]
    public async Task Invalid_models_are_400_and_change_nothing(string why, string body, string field)
    {
        var before = (await Http.ReadAsync(Year2023)).ToJsonString();

        var answer = await Http.SendJsonAsync(HttpMethod.Put, $"{Year2023}/models/forslag-a", body);

        Assert.True(answer.Status == HttpStatusCode.BadRequest, $"{why}: {(int)answer.Status} {answer.Body}");
        Assert.Equal("application/problem+json", answer.ContentType);
        Assert.Equal(field, (string?)answer.Json["field"]);
        Assert.Equal(before, (await Http.ReadAsync(Year2023)).ToJsonString());
    }

    [Fact]
    public async Task The_adopted_2022_model_cannot_change_and_its_invoices_export_as_CSV()
    {
        var change = await Http.ApiPutAsync("/api/fees/trondheimsregionen/2022/models/modell-2022", new { title = "Endret", baseAmount = "1", ratePerInhabitant = "1" });
        Assert.Equal(HttpStatusCode.Conflict, change.Status);

        var again = await Http.ApiPostAsync("/api/fees/trondheimsregionen/2022/invoices", new { });
        var invoices = again.Json["invoices"]!.AsArray();
        Assert.Equal(8, invoices.Count);

        using var response = await Http.GetAsync("/api/fees/trondheimsregionen/2022/invoices.csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var sums = csv.Split("\r\n").Where(l => l.Contains(";Sum;", StringComparison.Ordinal)).ToList();
        Assert.Equal(8, sums.Count);
        Assert.StartsWith("Fakturanummer;Kommunenummer;", csv);
        Assert.Contains("TR-2022-5001;5001;Trondheim;member;2022;TR 30/21;Sum;", csv);
        var total = sums.Sum(l => decimal.Parse(l.Split(';')[^1], System.Globalization.CultureInfo.GetCultureInfo("nb-NO")));
        Assert.Equal(invoices.Sum(i => i!["fee"]!["fee"].Amount()), total);
    }

    private static List<string> Amounts(JsonNode model) =>
    [
        (string)model["baseAmount"]!, (string)model["ratePerInhabitant"]!, (string)model["floor"]!, (string)model["cap"]!,
        (string)model["countyContribution"]!, (string)model["doubleMembership"]!["fixed"]!,
    ];

    private static List<string> Amounts(V1.FeeModel model) =>
        [model.BaseAmount, model.RatePerInhabitant, model.Floor, model.Cap, model.CountyContribution, model.DoubleMembership.Fixed];
}

using System.Text.Json.Nodes;
using Collaboration.Api.V1;
using Google.Rpc;
using Grpc.Core;

namespace Collaboration.Gateway.Tests.Amounts;

/// <summary>
/// Every amount comes back to the øre, written with two decimals, whichever way it went in and
/// out (HTTP or gRPC), and sums of them are exact: the budget lines of projects carry them.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AmountRoundTripTests(ApiFixture fixture)
{
    private const string Theme = "beløpstest";
    private const int LinesPerProject = 60; // one budget line per year

    private static readonly IReadOnlyList<AmountSample> Samples = [.. AmountSample.EdgeCases, .. AmountSample.Random(300)];

    private Api.V1.Projects.ProjectsClient Grpc => new(fixture.Silo.Grpc);

    [Fact]
    public async Task Every_amount_written_over_HTTP_reads_back_unchanged_over_HTTP_and_gRPC()
    {
        foreach (var (batch, n) in Samples.Chunk(LinesPerProject).Select((batch, n) => (batch, n)))
        {
            var id = $"amounts-http-{n}";
            var put = await fixture.Http.ApiPutAsync($"/api/projects/{id}", new
            {
                title = "Beløp over HTTP",
                themes = new[] { Theme },
                budget = batch.Select((s, i) => new { year = 2000 + i, amount = s.Sent }),
            });

            var expected = batch.Select(s => s.Answer).ToList();
            Assert.Equal(expected, Amounts(put.Json));
            Assert.Equal(expected, Amounts(await fixture.Http.ReadAsync($"/api/projects/{id}")));
            Assert.Equal(expected, (await Grpc.GetProjectAsync(new GetProjectRequest { Id = id })).Budget.Select(b => b.Amount));
        }
    }

    [Fact]
    public async Task Every_amount_written_over_gRPC_reads_back_unchanged_over_gRPC_and_HTTP()
    {
        foreach (var (batch, n) in Samples.Chunk(LinesPerProject).Select((batch, n) => (batch, n)))
        {
            var id = $"amounts-grpc-{n}";
            var request = new PutProjectRequest { Id = id, Title = "Beløp over gRPC", Themes = { Theme } };
            request.Budget.AddRange(batch.Select((s, i) => new BudgetLine { Year = 2000 + i, Amount = s.Sent }));
            var put = await Grpc.PutProjectAsync(request);

            var expected = batch.Select(s => s.Answer).ToList();
            Assert.Equal(expected, put.Budget.Select(b => b.Amount));
            Assert.Equal(expected, (await Grpc.GetProjectAsync(new GetProjectRequest { Id = id })).Budget.Select(b => b.Amount));
            Assert.Equal(expected, Amounts(await fixture.Http.ReadAsync($"/api/projects/{id}")));
        }
    }

    [Fact]
    public async Task Budgets_of_0_1_and_0_2_add_up_to_0_30_in_the_portfolio()
    {
        await fixture.Http.ApiPutAsync("/api/projects/amounts-sum", new
        {
            title = "Ti øre og tjue øre",
            budget = new[] { new { year = 2020, amount = "0.1" }, new { year = 2021, amount = "0.2" } },
        });

        var overHttp = await fixture.Http.ReadAsync("/api/portfolio/entries/project/amounts-sum");
        var overGrpc = await new Api.V1.Portfolio.PortfolioClient(fixture.Silo.Grpc).GetEntryAsync(new GetEntryRequest { Kind = "project", Id = "amounts-sum" });

        Assert.Equal("0.30", (string?)overHttp["entry"]!["budget"]);
        Assert.Equal("0.30", overGrpc.Entry.Budget);
    }

    [Fact]
    public async Task The_portfolio_total_of_many_large_amounts_is_their_exact_sum()
    {
        var amounts = AmountSample.Random(LinesPerProject, seed: 7).Select(s => s.Value).Append(99_999_999_999.99m).Append(0.1m).Append(0.2m).ToList();
        await fixture.Http.ApiPutAsync("/api/projects/amounts-total", new
        {
            title = "Store beløp",
            themes = new[] { "beløpssum" },
            budget = amounts.Select((a, i) => new { year = 2000 + i, amount = a.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
        });

        var view = await fixture.Http.ReadAsync("/api/portfolio?theme=beløpssum");

        Assert.Equal(amounts.Sum(), view["total"]!["budget"].Amount());
    }

    [Theory]
    [InlineData("1.234")]
    [InlineData("1e5")]
    [InlineData("-5")]
    [InlineData("1,5")]
    [InlineData(" 5")]
    [InlineData("")]
    public async Task A_malformed_amount_over_gRPC_is_InvalidArgument_naming_the_field_and_changes_nothing(string amount)
    {
        var before = await Grpc.GetProjectAsync(new GetProjectRequest { Id = ApiFixture.Project });

        var error = await Assert.ThrowsAsync<RpcException>(async () => await Grpc.PutProjectAsync(new PutProjectRequest
        {
            Id = ApiFixture.Project,
            Title = before.Title,
            Budget = { new BudgetLine { Year = 2022, Amount = "100" }, new BudgetLine { Year = 2023, Amount = amount } },
        }));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("budget[1].amount", Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
        Assert.Equal(before, await Grpc.GetProjectAsync(new GetProjectRequest { Id = ApiFixture.Project }));
    }

    private static List<string> Amounts(JsonNode project) => [.. project["budget"]!.AsArray().Select(line => (string)line!["amount"]!)];
}

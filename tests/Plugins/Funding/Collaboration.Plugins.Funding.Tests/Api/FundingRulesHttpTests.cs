using System.Net;
using System.Text.Json.Nodes;

namespace Collaboration.Funding.Tests.Api;

/// <summary>The funder's rules over real HTTP: the maximum per municipality, the deadline, the submitted copy, partner names.</summary>
[Collection(FundingApiCollection.Name)]
public sealed class FundingRulesHttpTests(FundingApiFixture fixture)
{
    private HttpClient Http => fixture.Http;

    [Fact]
    public async Task A_request_above_the_maximum_per_municipality_is_409_naming_requested_and_changes_nothing()
    {
        var id = await DraftAsync(await fixture.OpenCallAsync(), "5028", "5029");
        var before = (await Http.ReadAsync($"/api/funding/applications/{id}")).ToJsonString();

        // Skaun alone asks for more than the call's 100 000 per municipality.
        var answer = await Http.ApiPostAsync($"/api/funding/applications/{id}/partners/5029/accept", new { requested = "150000", role = "Kartlegging" });

        Assert.Equal(HttpStatusCode.Conflict, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
        Assert.Equal("requested", (string?)answer.Json["field"]);
        Assert.Equal(before, (await Http.ReadAsync($"/api/funding/applications/{id}")).ToJsonString());
    }

    [Fact]
    public async Task After_the_deadline_a_draft_refuses_changes_naming_deadline_and_its_open_invitations_expire()
    {
        var call = await fixture.OpenCallAsync();
        var id = await DraftAsync(call, "5028", "5031");
        await Http.ApiPostAsync($"/api/funding/applications/{id}/partners/5028/accept", new { requested = "50000", role = "Deltar" });
        Assert.Contains((await Http.ReadAsync("/api/funding/municipalities/5031"))["invitations"]!.AsArray(), i => (string?)i!["applicationId"] == id);

        // The funder's deadline was in 2022 after all: the call closes at once.
        var closed = await Http.ApiPutAsync($"/api/funding/calls/{call}", CallBody("2022-10-01"));
        Assert.Equal("closed", (string?)closed.Json["status"]);

        var application = await Http.ReadAsync($"/api/funding/applications/{id}");
        Assert.Equal("expired", PartnerState(application, "5031"));
        Assert.Equal("accepted", PartnerState(application, "5028"));
        Assert.DoesNotContain((await Http.ReadAsync("/api/funding/municipalities/5031"))["invitations"]!.AsArray(), i => (string?)i!["applicationId"] == id);
        var overdue = (await Http.ReadAsync("/api/portfolio/deadlines?days=3660&overdue=true&kommunenummer=5031"))["deadlines"]!.AsArray();
        Assert.DoesNotContain(overdue, d => (string?)d!["entryKey"] == $"application/{id}");

        var before = application.ToJsonString();
        var refusals = new[]
        {
            await Http.ApiPostAsync($"/api/funding/applications/{id}/partners/5031/accept", new { requested = "10000", role = "Deltar" }),
            await Http.ApiPostAsync($"/api/funding/applications/{id}/partners/5028/leave", new { }),
            await Http.ApiPostAsync($"/api/funding/applications/{id}/invitations", new { municipalities = new[] { "5035" } }),
            await Http.SendJsonAsync(HttpMethod.Put, $"/api/funding/applications/{id}/budget", new { lines = new[] { new { category = "konsulent", year = 2022, amount = "1" } } }, [("If-Match", "*")]),
            await Http.ApiPatchAsync($"/api/funding/applications/{id}", new { title = "Ny tittel" }),
            await Http.ApiPostAsync($"/api/funding/applications/{id}/withdraw", new { }),
        };
        Assert.All(refusals, r =>
        {
            Assert.Equal(HttpStatusCode.Conflict, r.Status);
            Assert.Equal("application/problem+json", r.ContentType);
            Assert.Equal("deadline", (string?)r.Json["field"]);
        });
        Assert.Equal(before, (await Http.ReadAsync($"/api/funding/applications/{id}")).ToJsonString());
    }

    [Fact]
    public async Task A_submission_keeps_its_time_and_a_frozen_copy_readable_later()
    {
        var id = await DraftAsync(await fixture.OpenCallAsync(), "5028");
        var path = $"/api/funding/applications/{id}";
        await Http.ApiPostAsync($"{path}/partners/5028/accept", new { requested = "60000", ownContribution = "10000", role = "Kartlegger dyrka mark" });
        using (var read = await Http.GetAsync(path))
        {
            var budget = await Http.SendJsonAsync(HttpMethod.Put, $"{path}/budget",
                new { lines = new[] { new { category = "konsulent", year = 2026, amount = "120000" } } }, [("If-Match", read.Headers.ETag!.Tag)]);
            Assert.Equal(HttpStatusCode.OK, budget.Status);
        }

        var none = await Http.ApiGetAsync($"{path}/submission");
        Assert.Equal(HttpStatusCode.NotFound, none.Status);
        Assert.Equal("application/problem+json", none.ContentType);

        var submitted = await Http.ApiPostAsync($"{path}/submit", new { });
        var copy = await Http.ReadAsync($"{path}/submission");

        Assert.Equal((string?)submitted.Json["submittedAt"], (string?)copy["submittedAt"]);
        Assert.True(DateTimeOffset.TryParse((string?)copy["submittedAt"], System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.Equal("110000.00", (string?)copy["requestedTotal"]);
        Assert.Equal("Melhus", (string?)copy["partners"]!.AsArray().Single(p => (string?)p!["kommunenummer"] == "5028")!["name"]);
        Assert.Equal("120000.00", (string?)copy["budget"]![0]!["amount"]);

        var decided = await Http.ApiPostAsync($"{path}/decision", new { outcome = "granted", amount = "100000" });
        Assert.Equal(HttpStatusCode.OK, decided.Status);
        Assert.Equal(copy.ToJsonString(), (await Http.ReadAsync($"{path}/submission")).ToJsonString());
    }

    [Fact]
    public async Task Calls_and_their_statistics_read_without_a_token_and_writes_still_need_one()
    {
        var call = await fixture.OpenCallAsync();
        var id = await DraftAsync(call, "5028");
        await Http.ApiPostAsync($"/api/funding/applications/{id}/partners/5028/accept", new { requested = "40000", role = "Deltar" });
        var anonymous = fixture.Silo.Anonymous;

        var list = await anonymous.ApiGetAsync("/api/funding/calls");
        var one = await anonymous.ApiGetAsync($"/api/funding/calls/{call}");
        var statistics = await anonymous.ApiGetAsync($"/api/funding/calls/{call}/statistics");

        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Contains(list.Json["calls"]!.AsArray(), c => (string?)c!["id"] == call);
        Assert.Equal(HttpStatusCode.OK, one.Status);
        Assert.Equal(HttpStatusCode.OK, statistics.Status);
        Assert.Equal(1, (int)statistics.Json["applications"]!);
        Assert.Equal(1, (int)statistics.Json["drafts"]!);
        Assert.Equal(2, (int)statistics.Json["municipalities"]!);
        Assert.Equal("0.00", (string?)statistics.Json["requestedTotal"]);

        var write = await anonymous.ApiPutAsync($"/api/funding/calls/{call}", CallBody("2099-12-31") with { Title = "Overtatt" });
        Assert.Equal(HttpStatusCode.Unauthorized, write.Status);
        Assert.Equal("Jordvernstrategier", (string?)(await Http.ReadAsync($"/api/funding/calls/{call}"))["title"]);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.ApiGetAsync($"/api/funding/applications/{id}")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.ApiGetAsync($"/api/funding/calls/{call}/applications")).Status);
    }

    [Fact]
    public async Task Partners_are_listed_with_their_municipalities_names()
    {
        var application = await Http.ReadAsync("/api/funding/applications/jordvern-2022-trondheimsregionen");

        var names = application["partners"]!.AsArray().ToDictionary(p => (string)p!["kommunenummer"]!, p => (string?)p!["name"]);

        Assert.Equal("Trondheim", names["5001"]);
        Assert.Equal("Skaun", names["5029"]);
        Assert.Equal("Stjørdal", names["5035"]);
    }

    private static string? PartnerState(JsonNode application, string kommunenummer) =>
        (string?)application["partners"]!.AsArray().Single(p => (string?)p!["kommunenummer"] == kommunenummer)!["state"];

    private static CallPut CallBody(string deadline) => new("Landbruksdirektoratet", "Jordvernstrategier", "2022-05-01", deadline, "100000", true, ["landbruk"]);

    private async Task<string> DraftAsync(string call, params string[] invited)
    {
        var created = await Http.ApiPostAsync("/api/funding/applications", new
        {
            callId = call,
            title = "Felles jordvernstrategi",
            lead = new { kind = "municipality", id = "5001" },
            leadShare = new { requested = "50000", ownContribution = "0", role = "Leder" },
        });
        Assert.Equal(HttpStatusCode.Created, created.Status);
        var id = (string)created.Json["id"]!;
        await Http.ApiPostAsync($"/api/funding/applications/{id}/invitations", new { municipalities = invited });
        return id;
    }

    private sealed record CallPut(string Funder, string Title, string Opens, string Deadline, string MaxPerMunicipality, bool JointAllowed, string[] Themes);
}

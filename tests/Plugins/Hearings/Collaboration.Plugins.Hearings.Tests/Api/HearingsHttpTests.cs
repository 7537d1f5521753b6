using System.Net;
using System.Text.Json.Nodes;

namespace Collaboration.Hearings.Tests.Api;

/// <summary>Hearings over real HTTP: who may do what, concurrent answers, the matrix, the municipality's deadline list.</summary>
[Collection(HearingsApiCollection.Name)]
public sealed class HearingsHttpTests(HearingsApiFixture fixture)
{
    private HttpClient Http => fixture.Http;

    [Fact]
    public async Task Ten_municipalities_answering_at_once_are_all_recorded_once()
    {
        var id = await fixture.SendAsync(await fixture.ForumWithCaseAsync(HearingsApiFixture.Ten));
        var before = await Http.ReadAsync($"/api/hearings/{id}");

        var answers = await Task.WhenAll(HearingsApiFixture.Ten.Select(async k =>
        {
            using var officer = fixture.Officer(k);
            return await officer.ApiPutAsync($"/api/hearings/{id}/answers/{k}", HearingsApiFixture.Treatment("adopted"));
        }));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        var after = await fixture.Silo.Anonymous.ReadAsync($"/api/hearings/{id}");
        Assert.Equal((int)before["version"]! + 10, (int)after["version"]!);
        Assert.Equal(HearingsApiFixture.Ten, after["bodies"]!.AsArray().Select(b => (string)b!["bodyId"]!));
        Assert.All(after["bodies"]!.AsArray(), b => Assert.Equal("decided", (string?)b!["status"]));
        Assert.Equal(10, (int)after["summary"]!["adopted"]!);
        Assert.Equal("adopted", (string?)after["regionalOutcome"]);
    }

    [Fact]
    public async Task A_municipality_answers_only_for_itself_and_the_matrix_is_public()
    {
        var id = await fixture.SendAsync(await fixture.ForumWithCaseAsync(["5001", "5028"]));
        var before = (await Http.ReadAsync($"/api/hearings/{id}")).ToJsonString();
        using var melhus = fixture.Officer("5028");

        var wrong = await melhus.ApiPutAsync($"/api/hearings/{id}/answers/5001", HearingsApiFixture.Treatment("rejected"));
        var anonymous = await fixture.Silo.Anonymous.ApiPutAsync($"/api/hearings/{id}/answers/5001", HearingsApiFixture.Treatment("rejected"));

        Assert.Equal(HttpStatusCode.Forbidden, wrong.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Equal(before, (await Http.ReadAsync($"/api/hearings/{id}")).ToJsonString());

        var own = await melhus.ApiPutAsync($"/api/hearings/{id}/answers/5028", new
        {
            statement = new { text = "Melhus støtter strategien.", url = "https://example.org/melhus.pdf", date = "2022-08-20" },
            treatment = new { body = "formannskap", date = "2022-09-01", caseReference = "PS 45/22", outcome = "adoptedwithchanges", changes = "Jordvern vektlegges." },
        });
        Assert.Equal(HttpStatusCode.OK, own.Status);
        var body = own.Json["bodies"]!.AsArray().Single(b => (string?)b!["bodyId"] == "5028")!;
        Assert.Equal("decided", (string?)body["status"]);
        Assert.Equal("Melhus", (string?)body["name"]);
        Assert.Equal("5028", (string?)body["kommunenummer"]);
        Assert.Equal("PS 45/22", (string?)body["treatment"]!["caseReference"]);
        Assert.Equal("adoptedwithchanges", (string?)body["treatment"]!["outcome"]);
        Assert.Equal("pending", (string?)own.Json["bodies"]![0]!["status"]);

        var listed = await fixture.Silo.Anonymous.ReadAsync("/api/hearings?kommunenummer=5028");
        Assert.Contains(listed["hearings"]!.AsArray(), h => (string?)h!["id"] == id);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Silo.Anonymous.ApiGetAsync($"/api/hearings/{id}")).Status);
    }

    [Fact]
    public async Task An_answer_after_the_conclusion_is_409_and_changes_nothing()
    {
        var forum = await fixture.ForumWithCaseAsync(["5001"]);
        var id = await fixture.SendAsync(forum);
        using var trondheim = fixture.Officer("5001");
        using var secretariat = fixture.Secretariat(forum);
        var conclusion = new { date = "2022-10-20", decision = new[] { "Strategien vedtas." }, forumId = forum, year = 2022, sequence = 1 };

        var early = await secretariat.ApiPostAsync($"/api/hearings/{id}/conclusion", conclusion);
        Assert.Equal(HttpStatusCode.Conflict, early.Status);
        Assert.Equal("deadline", (string?)early.Json["field"]);

        await trondheim.ApiPutAsync($"/api/hearings/{id}/answers/5001", HearingsApiFixture.Treatment("adopted"));
        var concluded = await secretariat.ApiPostAsync($"/api/hearings/{id}/conclusion", conclusion);
        Assert.Equal(HttpStatusCode.OK, concluded.Status);
        Assert.Equal("concluded", (string?)concluded.Json["status"]);
        Assert.Equal("HR 1/22", (string?)concluded.Json["conclusion"]!["caseNumber"]);
        Assert.Equal($"/api/forums/{forum}/cases/2022/1", (string?)concluded.Json["conclusion"]!["path"]);
        var before = (await Http.ReadAsync($"/api/hearings/{id}")).ToJsonString();

        var late = await trondheim.ApiPutAsync($"/api/hearings/{id}/answers/5001", HearingsApiFixture.Treatment("rejected"));
        var second = await secretariat.ApiPostAsync($"/api/hearings/{id}/conclusion", conclusion);

        Assert.Equal(HttpStatusCode.Conflict, late.Status);
        Assert.Equal("application/problem+json", late.ContentType);
        Assert.Equal("conclusion", (string?)late.Json["field"]);
        Assert.Equal(HttpStatusCode.Conflict, second.Status);
        Assert.Equal("conclusion", (string?)second.Json["field"]);
        Assert.Equal(before, (await Http.ReadAsync($"/api/hearings/{id}")).ToJsonString());
    }

    [Fact]
    public async Task Bad_input_is_refused_naming_the_field_and_nothing_changes()
    {
        var forum = await fixture.ForumWithCaseAsync(["5001", "5028"]);
        using var secretariat = fixture.Secretariat(forum);
        object Sending(string deadline, string[] bodies) => new { forumId = forum, year = 2022, sequence = 1, kind = "hearing", deadline, bodies };

        await Refused(secretariat.ApiPostAsync("/api/hearings", Sending("2099-12-31", ["5001", "5035"])), HttpStatusCode.BadRequest, "bodies[1]");
        await Refused(secretariat.ApiPostAsync("/api/hearings", Sending("2020-01-01", [])), HttpStatusCode.BadRequest, "deadline");
        await Refused(secretariat.ApiPostAsync("/api/hearings", new { forumId = forum, year = 2022, sequence = 1, kind = "consultation", deadline = "2099-12-31" }), HttpStatusCode.BadRequest, "kind");
        await Refused(secretariat.ApiPostAsync("/api/hearings", new { forumId = forum, year = 2022, sequence = 9, kind = "hearing", deadline = "2099-12-31" }), HttpStatusCode.BadRequest, "sequence");
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Secretariat("fosenregionen").ApiPostAsync("/api/hearings", Sending("2099-12-31", []))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Http.ApiGetAsync($"/api/hearings/{forum}-2022-1")).Status);

        var id = await fixture.SendAsync(forum);
        var before = (await Http.ReadAsync($"/api/hearings/{id}")).ToJsonString();
        using var trondheim = fixture.Officer("5001");
        using var stjordal = fixture.Officer("5035");

        await Refused(secretariat.ApiPostAsync("/api/hearings", Sending("2099-12-31", [])), HttpStatusCode.Conflict, "sequence");
        await Refused(trondheim.ApiPutAsync($"/api/hearings/{id}/answers/5001", HearingsApiFixture.Treatment("maybe")), HttpStatusCode.BadRequest, "treatment.outcome");
        await Refused(trondheim.ApiPutAsync($"/api/hearings/{id}/answers/5001", new { treatment = new { body = "kommunestyre", date = "2022-09-01", outcome = "adoptedwithchanges" } }), HttpStatusCode.BadRequest, "treatment.changes");
        await Refused(stjordal.ApiPutAsync($"/api/hearings/{id}/answers/5035", HearingsApiFixture.Treatment("adopted")), HttpStatusCode.BadRequest, "bodyId");
        await Refused(secretariat.ApiPutAsync($"/api/hearings/{id}/bodies/5035", new { }), HttpStatusCode.BadRequest, "bodyId");
        Assert.Equal(before, (await Http.ReadAsync($"/api/hearings/{id}")).ToJsonString());

        await trondheim.ApiPutAsync($"/api/hearings/{id}/answers/5001", HearingsApiFixture.Treatment("adopted"));
        await Refused(secretariat.ApiDeleteAsync($"/api/hearings/{id}/bodies/5001"), HttpStatusCode.Conflict, "bodyId");
        Assert.Equal(HttpStatusCode.Forbidden, (await trondheim.ApiDeleteAsync($"/api/hearings/{id}/bodies/5028")).Status);
        var removed = await secretariat.ApiDeleteAsync($"/api/hearings/{id}/bodies/5028");
        Assert.Equal(["5001"], removed.Json["bodies"]!.AsArray().Select(b => (string)b!["bodyId"]!));
    }

    [Fact]
    public async Task Each_unanswered_municipality_sees_the_deadline_in_its_own_list_until_it_answers()
    {
        var forum = await fixture.ForumWithCaseAsync(["5001", "5028"]);
        var deadline = DateTime.Today.AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var id = await fixture.SendAsync(forum, deadline);

        Assert.Contains(await DeadlinesAsync("5028"), d => (string?)d!["reference"] == "HR 1/22" && (string?)d["kind"] == HearingsPortfolio.AnswerDue);
        Assert.DoesNotContain(await DeadlinesAsync("5035"), d => (string?)d!["reference"] == "HR 1/22");

        using var melhus = fixture.Officer("5028");
        await melhus.ApiPutAsync($"/api/hearings/{id}/answers/5028", HearingsApiFixture.Treatment("adopted"));

        Assert.DoesNotContain(await DeadlinesAsync("5028"), d => (string?)d!["reference"] == "HR 1/22" && (string?)d["forumId"] == forum);
        Assert.Contains(await DeadlinesAsync("5001"), d => (string?)d!["reference"] == "HR 1/22" && (string?)d["forumId"] == forum);
    }

    private async Task<JsonArray> DeadlinesAsync(string kommunenummer) =>
        (await Http.ReadAsync($"/api/portfolio/deadlines?kommunenummer={kommunenummer}"))["deadlines"]!.AsArray();

    private static async Task Refused(Task<ApiAnswer> call, HttpStatusCode status, string field)
    {
        var answer = await call;
        Assert.Equal(status, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
        Assert.Equal(field, (string?)answer.Json["field"]);
    }
}

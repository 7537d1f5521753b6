using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Collaboration.Funding.Tests.Api;

/// <summary>The join, accept and submit path over real HTTP.</summary>
[Collection(FundingApiCollection.Name)]
public sealed class FundingHttpTests(FundingApiFixture fixture)
{
    private HttpClient Http => fixture.Http;

    [Fact]
    public async Task Municipalities_join_a_joint_application_and_the_lead_submits_it()
    {
        var call = await fixture.OpenCallAsync();
        var created = await Http.ApiPostAsync("/api/funding/applications", new
        {
            callId = call,
            title = "Felles jordvernstrategi for Trondheimsregionen",
            lead = new { kind = "municipality", id = "5001" },
            leadShare = new { requested = "100000", ownContribution = "50000", role = "Lager veileder for jordflytting" },
        });
        Assert.Equal(HttpStatusCode.Created, created.Status);
        var id = (string)created.Json["id"]!;
        var path = $"/api/funding/applications/{id}";

        var invited = await Http.ApiPostAsync($"{path}/invitations", new { municipalities = new[] { "5028", "5029", "5031" } });
        Assert.Equal(3, invited.Json["partners"]!.AsArray().Count(p => (string?)p!["state"] == "invited"));
        Assert.Contains((await Http.ReadAsync("/api/funding/municipalities/5028"))["invitations"]!.AsArray(), i => (string?)i!["applicationId"] == id);

        await Http.ApiPostAsync($"{path}/partners/5028/accept", new { requested = "100000", ownContribution = "30000", role = "Kartlegger dyrka mark" });
        await Http.ApiPostAsync($"{path}/partners/5029/accept", new { requested = "80000.50", ownContribution = "20000", role = "Deltar i prosjektgruppa" });
        await Http.ApiPostAsync($"{path}/partners/5031/decline", new { });

        var (etag, current) = await ReadWithETagAsync(path);
        var budget = await SendAsync(HttpMethod.Put, $"{path}/budget", etag, new
        {
            lines = new[] { new { category = "konsulent", year = 2022, amount = "200000.50" }, new { category = "prosjektleder", year = 2023, amount = "180000.0" } },
        });
        Assert.Equal(HttpStatusCode.OK, budget.StatusCode);
        Assert.NotEqual(etag, budget.Headers.ETag?.Tag);

        var submitted = await Http.ApiPostAsync($"{path}/submit", new { });
        Assert.Equal(HttpStatusCode.OK, submitted.Status);
        Assert.Equal("submitted", (string?)submitted.Json["status"]);
        Assert.Equal("280000.50", (string?)submitted.Json["requestedTotal"]);
        Assert.Equal((int)current["version"]! + 2, (int)submitted.Json["version"]!);
        Assert.Contains((await Http.ReadAsync("/api/funding/municipalities/5029"))["takesPartIn"]!.AsArray(), i => (string?)i!["applicationId"] == id);
        Assert.Equal(1, (int)(await Http.ReadAsync($"/api/funding/calls/{call}"))["statistics"]!["submitted"]!);
    }

    [Fact]
    public async Task A_stale_budget_edit_gets_412_with_the_current_state()
    {
        var id = await CreateAsync(await fixture.OpenCallAsync());
        var path = $"/api/funding/applications/{id}/budget";
        var (etag, _) = await ReadWithETagAsync($"/api/funding/applications/{id}");
        var lines = new { lines = new[] { new { category = "konsulent", year = 2022, amount = "1000" } } };

        var first = await SendAsync(HttpMethod.Put, path, etag, lines);
        var second = await SendAsync(HttpMethod.Put, path, etag, new { lines = new[] { new { category = "workshop", year = 2022, amount = "2000" } } });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, second.StatusCode);
        var problem = JsonNode.Parse(await second.Content.ReadAsStringAsync())!;
        Assert.Equal("konsulent", (string?)problem["current"]!["budget"]![0]!["category"]);
        Assert.Equal("konsulent", (string?)(await Http.ReadAsync($"/api/funding/applications/{id}"))["budget"]![0]!["category"]);

        var without = await Http.ApiPutAsync(path, lines);
        Assert.Equal(HttpStatusCode.BadRequest, without.Status);
        Assert.Equal("If-Match", (string?)without.Json["field"]);
    }

    [Fact]
    public async Task A_retried_POST_with_the_same_Idempotency_Key_returns_the_first_result()
    {
        var call = await fixture.OpenCallAsync();
        var body = new { callId = call, title = "Søknad", lead = new { kind = "municipality", id = "5001" }, leadShare = new { requested = "10000", ownContribution = "0", role = "Leder" } };

        var first = await PostWithKeyAsync("/api/funding/applications", "retry-1", body);
        var retry = await PostWithKeyAsync("/api/funding/applications", "retry-1", body);
        var reused = await PostWithKeyAsync("/api/funding/applications", "retry-1", body with { title = "Annen søknad" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Single((await Http.ReadAsync($"/api/funding/calls/{call}/applications"))["applications"]!.AsArray());
    }

    [Fact]
    public async Task Creating_an_application_with_its_own_id_twice_is_409_and_one_application()
    {
        var call = await fixture.OpenCallAsync();
        var body = new { id = $"{call}-trondheim", callId = call, title = "Søknad", lead = new { kind = "municipality", id = "5001" }, leadShare = new { requested = "10000", ownContribution = "0", role = "Leder" } };

        var first = await Http.ApiPostAsync("/api/funding/applications", body);
        var again = await Http.ApiPostAsync("/api/funding/applications", body);

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal($"{call}-trondheim", (string?)first.Json["id"]);
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Single((await Http.ReadAsync($"/api/funding/calls/{call}/applications"))["applications"]!.AsArray());
    }

    [Theory]
    [InlineData("negative request", "{\"requested\": \"-5\", \"role\": \"x\"}", "requested")]
    [InlineData("fractions of an øre", "{\"requested\": \"1.234\", \"role\": \"x\"}", "requested")]
    [InlineData("exponent form", "{\"requested\": \"1e5\", \"role\": \"x\"}", "requested")]
    [InlineData("decimal comma", "{\"requested\": \"10\", \"ownContribution\": \"1,5\", \"role\": \"x\"}", "ownContribution")]
    [InlineData("leading space", "{\"requested\": \" 5\", \"role\": \"x\"}", "requested")]
    [InlineData("no amount", "{\"requested\": \"\", \"role\": \"x\"}", "requested")]
    [InlineData("amount as a JSON number", "{\"requested\": 10, \"role\": \"x\"}", "requested")]
    [InlineData("no role", "{\"requested\": \"10\", \"ownContribution\": \"0\", \"role\": \"\"}", "role")]
    [InlineData("amount in words", "{\"requested\": \"ti\", \"ownContribution\": \"0\", \"role\": \"x\"}", "requested")]
    public async Task Bad_answers_are_refused_with_the_field_and_change_nothing(string why, string body, string field)
    {
        var id = await CreateAsync(await fixture.OpenCallAsync());
        await Http.ApiPostAsync($"/api/funding/applications/{id}/invitations", new { municipalities = new[] { "5028" } });
        var before = (await Http.ReadAsync($"/api/funding/applications/{id}")).ToJsonString();

        var answer = await Http.SendJsonAsync(HttpMethod.Post, $"/api/funding/applications/{id}/partners/5028/accept", body);

        Assert.True(answer.Status == HttpStatusCode.BadRequest, why);
        Assert.Equal("application/problem+json", answer.ContentType);
        Assert.Equal(field, (string?)answer.Json["field"]);
        Assert.Equal(before, (await Http.ReadAsync($"/api/funding/applications/{id}")).ToJsonString());
    }

    [Fact]
    public async Task Submitting_with_an_unanswered_invitation_is_409_naming_who_is_missing()
    {
        var id = await CreateAsync(await fixture.OpenCallAsync());
        await Http.ApiPostAsync($"/api/funding/applications/{id}/invitations", new { municipalities = new[] { "5035" } });

        using var response = await Http.PostAsync($"/api/funding/applications/{id}/submit", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("5035", await response.Content.ReadAsStringAsync());
    }

    private async Task<string> CreateAsync(string call)
    {
        var created = await Http.ApiPostAsync("/api/funding/applications", new
        {
            callId = call,
            title = "Søknad",
            lead = new { kind = "municipality", id = "5001" },
            leadShare = new { requested = "50000", ownContribution = "0", role = "Leder" },
        });
        return (string)created.Json["id"]!;
    }

    private async Task<(string ETag, JsonNode Body)> ReadWithETagAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        return (response.Headers.ETag!.Tag, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string ifMatch, object body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await Http.SendAsync(request);
    }

    private async Task<HttpResponseMessage> PostWithKeyAsync(string path, string key, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return await Http.SendAsync(request);
    }
}

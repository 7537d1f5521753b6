using System.Net;

namespace Collaboration.Gateway.Tests.Http;

/// <summary>References between cases of different forums, forwarding a case on, and follow-ups owned by a body, over HTTP.</summary>
[Collection(ApiCollection.Name)]
public sealed class CaseLinksApiTests(ApiFixture fixture)
{
    private HttpClient Http => fixture.Http;

    [Fact]
    public async Task References_resolve_or_show_as_not_registered_and_the_case_referred_to_lists_the_referrer()
    {
        var (council, prefix) = await ForumAsync("council");
        await Expect(Http.ApiPutAsync($"/api/forums/{council}/meetings/2021-12-09", new { date = "2021-12-09" }));
        await Expect(Http.ApiPostAsync($"/api/forums/{council}/meetings/2021-12-09/agenda-items", new { title = "Økonomisk stilling", caseNumber = $"{prefix} 49/21" }));
        var (directors, _) = await ForumAsync("directors");
        await Expect(Http.ApiPutAsync($"/api/forums/{directors}/meetings/2022-06-03", new { date = "2022-06-03" }));
        var target = $"/api/forums/{council}/cases/2021/49";
        var before = await Http.ApiGetAsync(target);

        var added = await Http.ApiPostAsync($"/api/forums/{directors}/meetings/2022-06-03/agenda-items", new
        {
            title = "Oppfølging fra sak 49/21",
            references = new[] { $"{prefix} 49/21" },
            links = new[] { new { forumId = council, year = 2021, sequence = 50 } },
        });

        Assert.Equal(HttpStatusCode.Created, added.Status);
        var links = added.Json["links"]!.AsArray();
        Assert.Equal((council, true, target, "Økonomisk stilling", "refers"),
            ((string?)links[1]!["forumId"], (bool)links[1]!["registered"]!, (string?)links[1]!["path"], (string?)links[1]!["title"], (string?)links[1]!["relation"]));
        Assert.Equal(($"{prefix} 50/21", false, null), ((string?)links[0]!["caseNumber"], (bool)links[0]!["registered"]!, (string?)links[0]!["path"]));
        Assert.Equal([$"{prefix} 50/21", $"{prefix} 49/21"], added.Json["references"]!.AsArray().Select(r => (string?)r));
        var referred = await Http.ApiGetAsync(target);
        Assert.Equal(added.Location, (string?)Assert.Single(referred.Json["referredBy"]!.AsArray())!["path"]);
        Assert.NotEqual(before.ETag, referred.ETag);

        // A patch of the title keeps the links; one that empties the references removes the backlink.
        var retitled = await Http.ApiPatchAsync(added.Location!, new { title = "Økonomisk stilling – oppfølging" });
        Assert.Equal(2, retitled.Json["links"]!.AsArray().Count);
        Assert.Equal("Økonomisk stilling – oppfølging", (string?)(await Http.ReadAsync(target))["referredBy"]![0]!["title"]);
        var cleared = await Http.ApiPatchAsync(added.Location!, new { references = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.OK, cleared.Status);
        Assert.Empty(cleared.Json["links"]!.AsArray());
        Assert.Empty((await Http.ReadAsync(target))["referredBy"]!.AsArray());
    }

    [Fact]
    public async Task A_reference_to_a_later_case_is_400_naming_the_field_and_changes_nothing()
    {
        var (council, prefix) = await ForumAsync("council");
        await Expect(Http.ApiPutAsync($"/api/forums/{council}/meetings/2022-09-15", new { date = "2022-09-15" }));
        await Expect(Http.ApiPostAsync($"/api/forums/{council}/meetings/2022-09-15/agenda-items", new { title = "Medlemsavgifter" }));
        var (directors, _) = await ForumAsync("directors");
        await Expect(Http.ApiPutAsync($"/api/forums/{directors}/meetings/2022-06-03", new { date = "2022-06-03" }));
        var items = $"/api/forums/{directors}/meetings/2022-06-03/agenda-items";

        var laterYear = await Http.ApiPostAsync(items, new { title = "Fram i tid", references = new[] { $"{prefix} 3/23" } });
        var laterMeeting = await Http.ApiPostAsync(items, new { title = "Fram i tid", links = new[] { new { forumId = council, year = 2022, sequence = 1 } } });

        AssertProblem(laterYear, "references[0]");
        AssertProblem(laterMeeting, "links[0]");
        Assert.Empty((await Http.ReadAsync($"/api/forums/{directors}/cases"))["cases"]!.AsArray());
        Assert.Empty((await Http.ReadAsync($"/api/forums/{council}/cases/2022/1"))["referredBy"]!.AsArray());
    }

    [Fact]
    public async Task A_forwarded_case_lands_on_the_next_meeting_linked_both_ways_and_a_retry_makes_no_second_case()
    {
        var (directors, _) = await ForumAsync("directors");
        await Expect(Http.ApiPutAsync($"/api/forums/{directors}/meetings/2022-06-03", new { date = "2022-06-03" }));
        var original = await Http.ApiPostAsync($"/api/forums/{directors}/meetings/2022-06-03/agenda-items", new { title = "Verdiskapingsstrategien" });
        var (council, prefix) = await ForumAsync("council");
        var next = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await Expect(Http.ApiPutAsync($"/api/forums/{council}/meetings/{next}", new { date = next }));
        var forward = $"{original.Location}/forward";

        var sent = await SendAsync(forward, new { targetForumId = council }, "forward-1");
        var retried = await SendAsync(forward, new { targetForumId = council }, "forward-1");
        var again = await Http.ApiPostAsync(forward, new { targetForumId = council });

        Assert.Equal(HttpStatusCode.Created, sent.Status);
        Assert.StartsWith($"/api/forums/{council}/cases/", sent.Location, StringComparison.Ordinal);
        Assert.Equal((next, "Verdiskapingsstrategien"), ((string?)sent.Json["meetingId"], (string?)sent.Json["title"]));
        Assert.StartsWith(prefix + " ", (string?)sent.Json["caseNumber"], StringComparison.Ordinal);
        var from = Assert.Single(sent.Json["links"]!.AsArray())!;
        Assert.Equal((original.Location, "forwardedfrom"), ((string?)from["path"], (string?)from["relation"]));
        var to = Assert.Single((await Http.ReadAsync(original.Location!))["referredBy"]!.AsArray())!;
        Assert.Equal((sent.Location, "forwardedto"), ((string?)to["path"], (string?)to["relation"]));
        Assert.Equal((sent.Location, sent.Location), (retried.Location, again.Location));
        Assert.Single((await Http.ReadAsync($"/api/forums/{council}/cases"))["cases"]!.AsArray());
    }

    [Fact]
    public async Task Forwarding_to_a_forum_without_a_future_meeting_leaves_the_case_unscheduled()
    {
        var (directors, _) = await ForumAsync("directors");
        await Expect(Http.ApiPutAsync($"/api/forums/{directors}/meetings/2022-06-03", new { date = "2022-06-03" }));
        var original = await Http.ApiPostAsync($"/api/forums/{directors}/meetings/2022-06-03/agenda-items", new { title = "Medlemsavgifter fra 2023" });
        var (council, _) = await ForumAsync("council");

        var sent = await Http.ApiPostAsync($"{original.Location}/forward", new { targetForumId = council });

        Assert.Equal(HttpStatusCode.Created, sent.Status);
        Assert.Equal("", (string?)sent.Json["meetingId"] ?? "");
        Assert.Equal(DateTime.UtcNow.Year, (int)sent.Json["year"]!);
        Assert.Equal("forwardedfrom", (string?)(await Http.ReadAsync(sent.Location!))["links"]![0]!["relation"]);
    }

    [Fact]
    public async Task Forwarding_to_its_own_or_an_unknown_forum_is_400_naming_the_target_and_changes_nothing()
    {
        var (directors, _) = await ForumAsync("directors");
        await Expect(Http.ApiPutAsync($"/api/forums/{directors}/meetings/2022-06-03", new { date = "2022-06-03" }));
        var original = await Http.ApiPostAsync($"/api/forums/{directors}/meetings/2022-06-03/agenda-items", new { title = "Sak" });

        AssertProblem(await Http.ApiPostAsync($"{original.Location}/forward", new { targetForumId = directors }), "targetForumId");
        AssertProblem(await Http.ApiPostAsync($"{original.Location}/forward", new { targetForumId = "finnes-ikke" }), "targetForumId");
        AssertProblem(await Http.ApiPostAsync($"{original.Location}/forward", new { targetForumId = "Ikke gyldig" }), "targetForumId");

        var read = await Http.ApiGetAsync(original.Location!);
        Assert.Equal(original.ETag, read.ETag);
        Assert.Empty(read.Json["referredBy"]!.AsArray());
    }

    [Fact]
    public async Task A_follow_up_owner_is_a_person_or_a_registered_body_whose_deadlines_then_include_it()
    {
        var (forum, _) = await ForumAsync("directors");
        await Expect(Http.ApiPutAsync($"/api/forums/{forum}/meetings/2022-06-03", new { date = "2022-06-03" }));
        var item = await Http.ApiPostAsync($"/api/forums/{forum}/meetings/2022-06-03/agenda-items", new { title = "Jordvern" });
        var followUps = $"{item.Location}/follow-ups";
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(9).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var body = await Http.ApiPostAsync(followUps, new { what = "Melde tilbake om samarbeid", deadline = due, owner = "5001" });
        var person = await Http.ApiPostAsync(followUps, new { what = "Lage veileder", deadline = due, owner = "Esther Balvers" });

        Assert.Equal(("5001", "Trondheim"), ((string?)body.Json["owner"], (string?)body.Json["ownerName"]));
        Assert.Equal(("Esther Balvers", null), ((string?)person.Json["owner"], (string?)person.Json["ownerName"]));
        AssertProblem(await Http.ApiPostAsync(followUps, new { what = "Gjøre", deadline = due, owner = "5099" }), "owner");
        AssertProblem(await Http.ApiPostAsync(followUps, new { what = "Gjøre", deadline = due, owner = "123456789" }), "owner");
        AssertProblem(await Http.ApiPatchAsync($"/api/forums/{forum}/follow-ups/{(int)person.Json["id"]!}", new { owner = "5099" }), "owner");
        Assert.Equal(2, (await Http.ReadAsync($"/api/forums/{forum}/follow-ups"))["followUps"]!.AsArray().Count);

        var deadlines = (await Http.ReadAsync("/api/portfolio/deadlines?kommunenummer=5001"))["deadlines"]!.AsArray();
        Assert.Contains(deadlines, d => (string?)d!["forumId"] == forum && (string?)d["title"] == "Melde tilbake om samarbeid");
        Assert.DoesNotContain(deadlines, d => (string?)d!["forumId"] == forum && (string?)d["title"] == "Lage veileder");
    }

    // Prefixes repeat across the tests of the fixture's silo, so each forum gets one of its own.
    private async Task<(string Id, string Prefix)> ForumAsync(string kind)
    {
        var id = $"links-{Guid.NewGuid():N}"[..20];
        var prefix = new string([.. Guid.NewGuid().ToByteArray().Take(6).Select(b => (char)('A' + (b % 26)))]);
        await Expect(Http.ApiPutAsync($"/api/forums/{id}", new { name = "Forum " + prefix, kind, casePrefix = prefix }));
        return (id, prefix);
    }

    private Task<ApiAnswer> SendAsync(string path, object body, string idempotencyKey) =>
        Http.SendJsonAsync(HttpMethod.Post, path, body, [("Idempotency-Key", $"{idempotencyKey} {path}")]);

    private static void AssertProblem(ApiAnswer answer, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
        Assert.Equal(field, (string?)answer.Json["field"]);
    }

    private static async Task Expect(Task<ApiAnswer> call)
    {
        var answer = await call;
        Assert.True((int)answer.Status < 300, $"{(int)answer.Status} {answer.Body}");
    }
}

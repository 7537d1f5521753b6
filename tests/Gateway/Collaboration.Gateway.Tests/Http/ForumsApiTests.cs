using System.Net;

namespace Collaboration.Gateway.Tests.Http;

[Collection(ApiCollection.Name)]
public sealed class ForumsApiTests(ApiFixture fixture)
{
    private HttpClient Http => fixture.Http;

    [Fact]
    public async Task A_sub_forum_is_addressed_by_its_path()
    {
        var forum = await Http.ReadAsync($"/api/forums/{ApiFixture.Directors}");

        Assert.Equal(ApiFixture.Directors, (string?)forum["id"]);
        Assert.Equal(ApiFixture.Council, (string?)forum["parentId"]);
        Assert.Equal("directors", (string?)forum["kind"]);
        Assert.Contains((await Http.ReadAsync("/api/forums?limit=1000"))["forums"]!.AsArray(), f => (string?)f!["id"] == ApiFixture.Directors);
    }

    [Fact]
    public async Task Membership_added_to_a_forum_shows_at_the_municipality()
    {
        var council = $"/api/forums/{ApiFixture.Council}";
        var added = await Http.ApiPostAsync($"{council}/members", new { kommunenummer = "5028", role = "observer", from = "2022-01-01" });
        Assert.Equal(HttpStatusCode.Created, added.Status);

        var melhus = await Http.ReadAsync("/api/municipalities/5028");
        var membership = Assert.Single(melhus["forums"]!.AsArray(), f => (string?)f!["forumId"] == ApiFixture.Council)!;
        Assert.Equal("observer", (string?)membership["role"]);

        var ended = await Http.ApiPutAsync($"{council}/members/5028", new { role = "observer", from = "2022-01-01", until = "2022-12-31" });
        Assert.Equal(HttpStatusCode.OK, ended.Status);
        Assert.Equal("2022-12-31", (string?)(await Http.ReadAsync($"{council}/members"))["members"]![0]!["until"]);

        var removed = await Http.ApiDeleteAsync($"{council}/members/5028");
        Assert.Equal(HttpStatusCode.OK, removed.Status);
        Assert.DoesNotContain((await Http.ReadAsync("/api/municipalities/5028"))["forums"]!.AsArray(), f => (string?)f!["forumId"] == ApiFixture.Council);
    }

    [Fact]
    public async Task Cases_are_numbered_by_the_server_and_read_back_by_year_and_sequence()
    {
        var forum = $"/api/forums/{ApiFixture.Directors}";
        var meeting = await Http.ApiPostAsync($"{forum}/meetings", new { date = "2022-09-01", place = "Rådhuset", starts = "08:30", ends = "11:00", attendees = new[] { "Bård Eidet" } });
        Assert.Equal(HttpStatusCode.Created, meeting.Status);
        var meetingId = (string)meeting.Json["id"]!;
        Assert.StartsWith("2022-09-01", meetingId);

        var first = await Http.ApiPostAsync($"{forum}/meetings/{meetingId}/agenda-items", new
        {
            title = "Trondheimsregionen sin økonomiske stilling",
            presenter = "Bård Eidet",
            decision = new[] { "Tas til etterretning.", "Sak til Regionrådet i september." },
            references = new[] { "TR 49/21" },
        });
        var second = await Http.ApiPostAsync($"{forum}/meetings/{meetingId}/agenda-items", new { title = "Orienteringer" });

        Assert.Equal(HttpStatusCode.Created, first.Status);
        var firstNumber = (int)first.Json["sequence"]!;
        Assert.Equal(firstNumber + 1, (int)second.Json["sequence"]!);
        Assert.Equal($"KF {firstNumber}/22", (string?)first.Json["caseNumber"]);

        var read = await Http.ReadAsync($"{forum}/cases/2022/{firstNumber}");
        Assert.Equal("Bård Eidet", (string?)read["presenter"]);
        Assert.Equal("TR 49/21", (string?)read["references"]![0]);
        Assert.Equal(2, read["decision"]!.AsArray().Count);
    }

    [Fact]
    public async Task Follow_ups_are_listed_by_status_and_can_be_marked_done()
    {
        var forum = $"/api/forums/{ApiFixture.Directors}";
        var item = await Http.ApiPostAsync($"/api/forums/{ApiFixture.Directors}/meetings/{ApiFixture.Meeting}/agenda-items", new
        {
            title = "Jordvern",
            followUps = new[] { new { what = "Melde tilbake", assignee = "Esther Balvers", deadline = "2022-06-15" } },
        });
        var followUp = item.Json["followUps"]![0]!;
        Assert.Equal("2022-06-15T23:59:59+02:00", (string?)followUp["deadline"]);
        var id = (int)followUp["id"]!;

        var overdue = await Http.ReadAsync($"{forum}/follow-ups?status=overdue");
        Assert.Contains(overdue["followUps"]!.AsArray(), f => (int)f!["id"]! == id);

        var done = await Http.ApiPutAsync($"{forum}/follow-ups/{id}/status", new { status = "done" });
        Assert.Equal("done", (string?)done.Json["status"]);
        Assert.DoesNotContain((await Http.ReadAsync($"{forum}/follow-ups?status=overdue"))["followUps"]!.AsArray(), f => (int)f!["id"]! == id);
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Collaboration.Access;
using Collaboration.Gateway.Access;

namespace Collaboration.Gateway.Tests.Federation;

/// <summary>
/// Trondheimsregionen's application invites Bergen while Bergensregionen's installation is down;
/// the invitation arrives once it is up, Bergen's officer accepts there, and the acceptance is
/// recorded in Trondheimsregionen once, whatever is delivered again. A peer acts only as itself.
/// </summary>
public sealed class RemoteApplicationTests
{
    private const string Bergen = "4601";

    [Fact]
    public async Task An_invitation_to_another_regions_municipality_reaches_it_and_its_answer_comes_back_once()
    {
        await using var regions = await TwoRegions.StartAsync();
        regions.KillB();

        var a = regions.A.Http;
        var application = await regions.ApplicationInAAsync("Jordvern på tvers av regionene");
        var invited = await a.ApiPostAsync($"{application}/remote-invitations", new { kommunenummer = Bergen, region = TwoRegions.RegionB });
        Assert.Equal(HttpStatusCode.OK, invited.Status);
        Assert.Equal("queued", (string?)Partner(invited.Json, Bergen)["invitation"]);
        Assert.Equal(TwoRegions.RegionB, (string?)Partner(invited.Json, Bergen)["region"]);
        var unknown = await a.ApiPostAsync($"{application}/remote-invitations", new { kommunenummer = Bergen, region = "Stavangerregionen" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        var entry = $"/api/portfolio/entries/application/{invited.Json["id"]}";
        var queued = Participant(await a.ReadAsync(entry), Bergen);
        Assert.Equal(("invited", TwoRegions.RegionB, "queued"), ((string?)queued["role"], (string?)queued["region"], (string?)queued["invitation"]));

        // B up: the invitation arrives, once.
        await regions.StartBAsync();
        await TwoRegions.EventuallyAsync(() => a.ReadAsync(application), app => (string?)Partner(app, Bergen)["invitation"] == "delivered");
        Assert.Equal("delivered", (string?)Participant(await a.ReadAsync(entry), Bergen)["invitation"]);
        var b = regions.B!.Http;
        var received = (await b.ReadAsync($"/api/funding/remote-invitations?kommunenummer={Bergen}"))["invitations"]!.AsArray();
        var invitation = Assert.Single(received)!;
        Assert.Equal(TwoRegions.RegionA, (string?)invitation["region"]);
        Assert.Equal("invited", (string?)invitation["state"]);
        var desk = (await b.ReadAsync($"/api/funding/municipalities/{Bergen}"))["invitations"]!.AsArray();
        Assert.Contains(desk, i => (string?)i!["region"] == TwoRegions.RegionA && (string?)i["title"] == "Jordvern på tvers av regionene");
        var path = $"/api/funding/remote-invitations/trondheimsregionen/{invitation["applicationId"]}/{Bergen}";

        // Bergen's officer answers in B; B holds the answer to the call's maximum at once.
        using var officer = new HttpClient { BaseAddress = b.BaseAddress };
        officer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Mint(regions.B.KeyFile, new TokenHolder("officer-bergen", Roles.Officer, Bergen)));
        Assert.Equal(HttpStatusCode.Conflict, (await officer.ApiPostAsync($"{path}/accept", new { requested = "150000", role = "Deltar" })).Status);
        var accepted = await officer.ApiPostAsync($"{path}/accept", new { requested = "90000", ownContribution = "10000", role = "Kartlegger dyrka mark i Bergen" });
        Assert.Equal(HttpStatusCode.OK, accepted.Status);
        Assert.Equal("queued", (string?)accepted.Json["answer"]);
        await TwoRegions.EventuallyAsync(() => b.ReadAsync(path), i => (string?)i["answer"] == "delivered");

        var recorded = await a.ReadAsync(application);
        var partner = Partner(recorded, Bergen);
        Assert.Equal("accepted", (string?)partner["state"]);
        Assert.Equal("90000.00", (string?)partner["share"]!["requested"]);
        var participant = Participant(await a.ReadAsync(entry), Bergen);
        Assert.Equal(("participant", "90000.00", TwoRegions.RegionB), ((string?)participant["role"], (string?)participant["requested"], (string?)participant["region"]));

        // Every message delivered again changes nothing and gets the same receipt.
        var version = (int)recorded["version"]!;
        var answerId = $"{recorded["id"]}/{Bergen}/answer/1";
        for (var i = 0; i < 2; i++)
        {
            var again = await DeliverAsync(a, regions.TokenOfB(), answerId, "funding.answer",
                new JsonObject { ["applicationId"] = (string?)recorded["id"], ["municipalityId"] = Bergen, ["share"] = new JsonObject { ["requested"] = 90000, ["ownContribution"] = 10000, ["role"] = "Kartlegger dyrka mark i Bergen" }, ["number"] = 1 });
            Assert.True((bool)again["applied"]!);
        }

        var invitationAgain = await DeliverAsync(b, regions.TokenOfA(), $"{recorded["id"]}/{Bergen}/invitation", "funding.invitation", JsonNode.Parse(
            $$"""{"applicationId":"{{recorded["id"]}}","title":"x","callId":"x","deadline":"2099-12-31T00:00:00+00:00","maxPerMunicipality":1,"lead":"5001","municipalityId":"{{Bergen}}"}""")!);
        Assert.True((bool)invitationAgain["applied"]!);
        Assert.Equal(version, (int)(await a.ReadAsync(application))["version"]!);
        Assert.Single((await b.ReadAsync($"/api/funding/remote-invitations?kommunenummer={Bergen}"))["invitations"]!.AsArray());
        Assert.Equal("Kartlegger dyrka mark i Bergen", (string?)(await b.ReadAsync(path))["share"]!["role"]);

        // B's token answers only for what was sent to B, and changes nothing of A's own.
        var forged = await DeliverAsync(a, regions.TokenOfB(), $"{recorded["id"]}/5001/answer/1", "funding.answer",
            new JsonObject { ["applicationId"] = (string?)recorded["id"], ["municipalityId"] = "5001", ["number"] = 1 });
        Assert.False((bool)forged["applied"]!);
        Assert.Equal("kommunenummer", (string?)forged["field"]);
        using var asB = new HttpClient { BaseAddress = a.BaseAddress };
        asB.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", regions.TokenOfB());
        Assert.Equal(HttpStatusCode.Forbidden, (await asB.ApiPutAsync("/api/municipalities/5001", new { name = "Bergen", county = "Vestland" })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await asB.ApiPostAsync($"{application}/submit", new { })).Status);

        // A shares no private kinds with B: B's token follows A's public changes only.
        Assert.NotEmpty((await a.ReadAsync("/api/changes?kinds=applications"))["changes"]!.AsArray());
        using (var feed = await asB.GetAsync(new Uri("/api/changes?kinds=applications,municipalities", UriKind.Relative)))
        {
            var changes = JsonNode.Parse(await feed.Content.ReadAsStringAsync())!["changes"]!.AsArray();
            Assert.NotEmpty(changes);
            Assert.All(changes, c => Assert.Equal("municipalities", (string?)c!["data"]!["kind"]));
        }

        // The journal names the peer as the actor of its answer.
        var history = await a.ReadAsync($"{application}/history");
        Assert.True(history["entries"]!.AsArray().Any(c => (string?)c!["subject"] == $"0192:{TwoRegions.OrganisationB}" && (string?)c["role"] == Roles.Peer), history.ToJsonString());
    }

    private static async Task<JsonNode> DeliverAsync(HttpClient region, string token, string id, string kind, JsonNode body)
    {
        using var http = new HttpClient { BaseAddress = region.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var answer = await http.ApiPostAsync("/api/federation/messages", new { id, kind, body = body.ToJsonString() });
        Assert.True(answer.Status == HttpStatusCode.OK, $"{answer.Status}: {answer.Body}");
        return answer.Json;
    }

    private static JsonNode Partner(JsonNode application, string kommunenummer) =>
        application["partners"]!.AsArray().Single(p => (string?)p!["kommunenummer"] == kommunenummer)!;

    private static JsonNode Participant(JsonNode entry, string kommunenummer) =>
        entry["entry"]!["participants"]!.AsArray().Single(p => (string?)p!["kommunenummer"] == kommunenummer)!;
}

using System.Net;
using Collaboration.Access;
using Collaboration.Gateway.Access;

namespace Collaboration.Hearings.Tests.Api;

/// <summary>The real process composition with the Hearings plugin and the demo data, on free loopback ports.</summary>
public sealed class HearingsApiFixture : DemoSiloFixture
{
    /// <summary>Ten municipalities of the demo data.</summary>
    public static readonly IReadOnlyList<string> Ten = ["5001", "5014", "5020", "5021", "5022", "5025", "5026", "5027", "5028", "5029"];

    /// <summary>A client with the token of an officer of <paramref name="kommunenummer"/>.</summary>
    public HttpClient Officer(string kommunenummer) =>
        Silo.Client(Silo.Token(new TokenHolder($"saksbehandler-{kommunenummer}", Roles.Officer, Municipality: kommunenummer)));

    /// <summary>A client with the token of the secretariat of <paramref name="forumId"/>.</summary>
    public HttpClient Secretariat(string forumId) =>
        Silo.Client(Silo.Token(new TokenHolder("sekretariat", Roles.Secretariat, Forum: forumId)));

    /// <summary>A forum of its own whose members since 2020 are <paramref name="members"/>, with case HR 1/22 registered.</summary>
    public async Task<string> ForumWithCaseAsync(IEnumerable<string> members)
    {
        var id = $"horing-{Guid.NewGuid():N}"[..20];
        await Expect(HttpStatusCode.Created, Http.ApiPutAsync($"/api/forums/{id}", new { name = "Høringsråd", kind = "council", casePrefix = "HR" }));
        foreach (var member in members)
        {
            await Expect(HttpStatusCode.Created, Http.ApiPostAsync($"/api/forums/{id}/members", new { kommunenummer = member, role = "member", from = "2020-01-01" }));
        }

        await Expect(HttpStatusCode.Created, Http.ApiPutAsync($"/api/forums/{id}/meetings/2022-06-17", new { date = "2022-06-17" }));
        await Expect(HttpStatusCode.Created, Http.ApiPostAsync($"/api/forums/{id}/meetings/2022-06-17/agenda-items", new { title = "Regional strategi" }));
        return id;
    }

    /// <summary>Sends the forum's case HR 1/22 as its secretariat, to the members unless <paramref name="bodies"/> are named.</summary>
    public async Task<string> SendAsync(string forumId, string deadline = "2099-12-31", object? rule = null, string[]? bodies = null)
    {
        var sent = await Secretariat(forumId).ApiPostAsync("/api/hearings", new
        {
            forumId,
            year = 2022,
            sequence = 1,
            kind = "decision",
            deadline,
            documents = new[] { new { title = "Strategi", url = "https://example.org/strategi.pdf" } },
            bodies = bodies ?? [],
            rule = rule ?? new { kind = "all" },
        });
        await Expect(HttpStatusCode.Created, Task.FromResult(sent));
        return (string)sent.Json["id"]!;
    }

    /// <summary>An answer body: a treatment with <paramref name="outcome"/>.</summary>
    public static object Treatment(string outcome) =>
        new { treatment = new { body = "kommunestyre", date = "2022-09-01", caseReference = "PS 45/22", outcome, changes = outcome == "adoptedwithchanges" ? "Punkt 3 strykes." : null } };

    private static async Task Expect(HttpStatusCode status, Task<ApiAnswer> call)
    {
        var answer = await call;
        if (answer.Status != status && answer.Status != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{answer.Status} {answer.Body}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class HearingsApiCollection : ICollectionFixture<HearingsApiFixture>
{
    public const string Name = "hearings-api";
}

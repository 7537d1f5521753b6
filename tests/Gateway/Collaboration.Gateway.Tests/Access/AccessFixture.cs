using System.Net;
using Collaboration.Access;
using Collaboration.Gateway.Access;

namespace Collaboration.Gateway.Tests.Access;

/// <summary>
/// A running silo with the objects the access tests act on: a council "matrise" with a directors'
/// forum, a project it owns (also a joint project), a funding call and an application led by
/// Trondheim (5001) with Melhus (5028) invited. And a token for every kind of caller.
/// </summary>
public sealed class AccessFixture : IAsyncLifetime
{
    public const string Council = "matrise";
    public const string Directors = "matrise/kdf";
    public const string Meeting = "2026-01-15";
    public const string Project = "matrise-prosjekt";
    public const string Call = "matrise-utlysning";
    public const string Application = "matrise-soknad";

    private readonly TempFolder _data = new();

    public RunningSilo Silo { get; private set; } = null!;

    /// <summary>Every kind of caller the rules tell apart, by a short name.</summary>
    public static IReadOnlyDictionary<string, TokenHolder> Callers { get; } = new Dictionary<string, TokenHolder>
    {
        ["admin"] = new("drift", Roles.Admin),
        ["secretariat"] = new("sekretariat-matrise", Roles.Secretariat, Forum: Council),
        ["other secretariat"] = new("sekretariat-annet", Roles.Secretariat, Forum: "annet-rad"),
        ["officer 5001"] = new("saksbehandler-5001", Roles.Officer, Municipality: "5001"),
        ["officer 5028"] = new("saksbehandler-5028", Roles.Officer, Municipality: "5028"),
        ["viewer"] = new("leser", Roles.Viewer),
        ["peer"] = new("annen-region", Roles.Peer),
    };

    public HttpClient As(string caller) => _clients[caller];

    private readonly Dictionary<string, HttpClient> _clients = [];

    public async Task InitializeAsync()
    {
        Silo = await RunningSilo.StartAsync(_data.Path);
        foreach (var (name, holder) in Callers)
        {
            _clients[name] = Silo.Client(Silo.Token(holder));
        }

        var admin = Silo.Http;
        await Expect(admin.ApiPutAsync("/api/municipalities/5001", new { name = "Trondheim", county = "Trøndelag" }));
        await Expect(admin.ApiPutAsync("/api/municipalities/5028", new { name = "Melhus", county = "Trøndelag" }));
        await Expect(admin.ApiPutAsync($"/api/forums/{Council}", new { name = "Matriseregionen", kind = "council", casePrefix = "MR" }));
        await Expect(admin.ApiPutAsync($"/api/forums/{Directors}", new { name = "Kommunedirektørforum", kind = "directors", casePrefix = "KD", parentId = Council }));
        await Expect(admin.ApiPostAsync($"/api/forums/{Directors}/members", new { kommunenummer = "5001", from = "2020-01-01" }));
        await Expect(admin.ApiPutAsync($"/api/forums/{Directors}/meetings/{Meeting}", new { date = Meeting }));
        await Expect(admin.ApiPostAsync($"/api/forums/{Directors}/meetings/{Meeting}/agenda-items", new { title = "Første sak" }));
        await Expect(admin.ApiPutAsync($"/api/projects/{Project}", new { title = "Felles prosjekt", ownerForumId = Council }));
        await Expect(admin.ApiPutAsync($"/api/funding/calls/{Call}", new
        {
            funder = "Landbruksdirektoratet",
            title = "Jordvern",
            opens = "2022-05-01",
            deadline = "2099-12-31",
            maxPerMunicipality = "100000",
            jointAllowed = true,
            themes = new[] { "landbruk" },
        }));
        await Expect(admin.ApiPostAsync("/api/funding/applications", new
        {
            id = Application,
            callId = Call,
            title = "Felles jordvern",
            lead = new { kind = "municipality", id = "5001" },
            leadShare = new { requested = "100000", ownContribution = "50000", role = "Leder" },
        }));
        await Expect(admin.ApiPostAsync($"/api/funding/applications/{Application}/invitations", new { municipalities = new[] { "5028" } }));
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        await Silo.DisposeAsync();
        _data.Dispose();
    }

    private static async Task Expect(Task<ApiAnswer> call)
    {
        var answer = await call;
        if ((int)answer.Status >= 300)
        {
            throw new InvalidOperationException($"Seeding failed: {answer.Status} {answer.Body}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AccessCollection : ICollectionFixture<AccessFixture>
{
    public const string Name = "access";

    public static HttpStatusCode Forbidden => HttpStatusCode.Forbidden;
}

namespace Collaboration.Gateway.Tests.Access;

/// <summary>A state-changing route with a valid body that may be sent again, and who may call it.</summary>
public sealed record ChangeRoute(string Name, HttpMethod Method, string Path, object Body, IReadOnlySet<string> Allowed, string? IfMatch = null)
{
    private const string D = AccessFixture.Directors;
    private const string A = AccessFixture.Application;

    private static readonly HashSet<string> Secretariat = ["admin", "secretariat"];

    /// <summary>One route of each kind of rule, across the core and every plugin.</summary>
    public static IReadOnlyList<ChangeRoute> All { get; } =
    [
        new("own municipality profile", HttpMethod.Put, "/api/municipalities/5001", new { name = "Trondheim", county = "Trøndelag" }, new HashSet<string> { "admin", "officer 5001" }),
        new("organisation profile", HttpMethod.Put, "/api/organisations/817920632", new { name = "Trøndelag fylkeskommune", kind = "countycouncil" }, new HashSet<string> { "admin" }),
        new("forum profile", HttpMethod.Put, $"/api/forums/{D}", new { name = "Kommunedirektørforum", kind = "directors", casePrefix = "KD", parentId = AccessFixture.Council }, Secretariat),
        new("member", HttpMethod.Put, $"/api/forums/{D}/members/5001", new { from = "2020-01-01" }, Secretariat),
        new("meeting", HttpMethod.Put, $"/api/forums/{D}/meetings/{AccessFixture.Meeting}", new { date = AccessFixture.Meeting }, Secretariat),
        new("agenda item", HttpMethod.Post, $"/api/forums/{D}/meetings/{AccessFixture.Meeting}/agenda-items", new { title = "Ny sak" }, Secretariat),
        new("follow-up", HttpMethod.Post, $"/api/forums/{D}/cases/2026/1/follow-ups", new { what = "Melde tilbake", deadline = "2099-01-01" }, Secretariat),
        new("project", HttpMethod.Put, $"/api/projects/{AccessFixture.Project}", new { title = "Felles prosjekt", ownerForumId = AccessFixture.Council }, Secretariat),
        new("project participant", HttpMethod.Put, $"/api/projects/{AccessFixture.Project}/participants/5028", new { }, Secretariat),
        new("joint project key", HttpMethod.Put, $"/api/joint-projects/{AccessFixture.Project}/key", new { kind = "equal" }, Secretariat),
        new("fee model", HttpMethod.Put, $"/api/fees/{AccessFixture.Council}/2027/models/utkast", new { title = "Utkast", baseAmount = "100000", ratePerInhabitant = "2.0" }, Secretariat),
        new("funding call", HttpMethod.Put, $"/api/funding/calls/{AccessFixture.Call}", new
        {
            funder = "Landbruksdirektoratet", title = "Jordvern", opens = "2022-05-01", deadline = "2099-12-31",
            maxPerMunicipality = "100000", jointAllowed = true, themes = new[] { "landbruk" },
        }, new HashSet<string> { "admin" }),
        new("new application for 5001", HttpMethod.Post, "/api/funding/applications", new
        {
            callId = AccessFixture.Call, title = "Enda en søknad", lead = new { kind = "municipality", id = "5001" },
            leadShare = new { requested = "10000", ownContribution = "0", role = "Leder" },
        }, new HashSet<string> { "admin", "officer 5001" }),
        new("application budget (lead)", HttpMethod.Put, $"/api/funding/applications/{A}/budget", new
        {
            lines = new[] { new { category = "konsulent", year = 2026, amount = "10000" } },
        }, new HashSet<string> { "admin", "officer 5001" }, IfMatch: "*"),
        new("accept own invitation", HttpMethod.Post, $"/api/funding/applications/{A}/partners/5028/accept", new
        {
            requested = "50000", ownContribution = "10000", role = "Deltar",
        }, new HashSet<string> { "admin", "officer 5028" }),
    ];

    public override string ToString() => $"{Method} {Name}";
}

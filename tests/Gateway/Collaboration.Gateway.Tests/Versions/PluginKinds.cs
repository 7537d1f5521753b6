namespace Collaboration.Gateway.Tests.Versions;

/// <summary>The plugins' editable kinds: funding calls and applications, joint projects, fee models.</summary>
public static class PluginKinds
{
    public static IEnumerable<EditableKind> All { get; } =
    [
        new("funding call", async http => $"/api/funding/calls/{await CallAsync(http)}",
            [("title", "Jordvern", "Klima"), ("description", "Første", "Andre"), ("maxPerMunicipality", "150000.00", "200000.50")]),
        new("funding application", async http =>
        {
            var call = await CallAsync(http);
            var created = await EditableKind.Made(http.ApiPostAsync("/api/funding/applications", new
            {
                callId = call,
                title = "Søknad",
                lead = new { kind = "municipality", id = "5001" },
                leadShare = new { requested = "50000", ownContribution = "0", role = "Leder" },
            }));
            return created.Location!;
        }, [("title", "Felles søknad", "Annen søknad")]),
        new("joint project", async http =>
        {
            var project = EditableKind.Fresh("versjon");
            await EditableKind.Made(http.ApiPutAsync($"/api/projects/{project}", new { title = "Prosjekt" }));
            return $"/api/joint-projects/{project}";
        }, [("budget", new[] { new { year = 2026, category = "drift", amount = "1000.00" } }, new[] { new { year = 2026, category = "drift", amount = "2000.50" } })]),
        new("fee model", async http =>
        {
            var forum = await EditableKind.FreshForumAsync(http);
            var created = await EditableKind.Made(http.ApiPutAsync($"/api/fees/{forum}/2027/models/utkast", new { title = "Utkast", baseAmount = "1000" }));
            return created.Location!;
        }, [("title", "Modell A", "Modell B"), ("baseAmount", "2000.00", "3000.00"), ("note", "Første", "Andre")]),
    ];

    private static async Task<string> CallAsync(HttpClient http)
    {
        var call = EditableKind.Fresh("utlysning");
        await EditableKind.Made(http.ApiPutAsync($"/api/funding/calls/{call}", new
        {
            funder = "Landbruksdirektoratet",
            title = "Utlysning",
            opens = "2022-05-01",
            deadline = "2099-12-31",
            maxPerMunicipality = "100000",
            jointAllowed = true,
        }));
        return call;
    }
}

namespace Collaboration.Gateway.Tests.Versions;

/// <summary>The core's editable kinds: municipalities, organisations, forums, members, meetings, cases, follow-ups, projects, participants.</summary>
public static class CoreKinds
{
    public static IEnumerable<EditableKind> All { get; } =
    [
        new("municipality", async http => $"/api/municipalities/{await EditableKind.FreshMunicipalityAsync(http)}",
            [("name", "Alfa kommune", "Beta kommune"), ("county", "Rogaland", "Agder"), ("organisationNumber", "942110464", "817920632")]),
        new("organisation", async http => $"/api/organisations/{await EditableKind.FreshOrganisationAsync(http)}",
            [("name", "Alfa fylkeskommune", "Beta fylkeskommune"), ("kind", "publicbody", "countycouncil"), ("dissolved", "2017-12-31", "2019-12-31")]),
        new("forum", async http => $"/api/forums/{await EditableKind.FreshForumAsync(http)}",
            [("name", "Alfarådet", "Betarådet"), ("description", "Første", "Andre")]),
        new("member", async http =>
        {
            var forum = await EditableKind.FreshForumAsync(http);
            var kommunenummer = await EditableKind.FreshMunicipalityAsync(http);
            await EditableKind.Made(http.ApiPostAsync($"/api/forums/{forum}/members", new { kommunenummer, from = "2020-01-01" }));
            return $"/api/forums/{forum}/members/{kommunenummer}";
        }, [("role", "observer", "member"), ("until", "2030-12-31", "2031-12-31")]),
        new("meeting", async http => $"/api/forums/{await EditableKind.FreshForumAsync(http)}/meetings/2026-03-05",
            [("place", "Rådhuset", "Biblioteket"), ("starts", "09:00", "10:00")]),
        new("case", async http =>
        {
            var forum = await EditableKind.FreshForumAsync(http);
            var item = await EditableKind.Made(http.ApiPostAsync($"/api/forums/{forum}/meetings/2026-03-05/agenda-items", new { title = "Sak", presenter = "Ola" }));
            return item.Location!;
        }, [("title", "Ny tittel", "Annen tittel"), ("decision", new[] { "Vedtatt." }, new[] { "Utsatt." }), ("notes", "Fra møtet", "Annet")]),
        new("follow-up", async http =>
        {
            var forum = await EditableKind.FreshForumAsync(http);
            await EditableKind.Made(http.ApiPostAsync($"/api/forums/{forum}/meetings/2026-03-05/agenda-items", new { title = "Sak" }));
            var followUp = await EditableKind.Made(http.ApiPostAsync($"/api/forums/{forum}/cases/2026/1/follow-ups", new { what = "Følge opp", deadline = "2099-01-31" }));
            return followUp.Location!;
        }, [("what", "Melde tilbake", "Skrive notat"), ("assignee", "Kari", "Per"), ("status", "done", "open")]),
        new("project", async http =>
        {
            var project = EditableKind.Fresh("versjon");
            await EditableKind.Made(http.ApiPutAsync($"/api/projects/{project}", new { title = "Prosjekt" }));
            return $"/api/projects/{project}";
        }, [("title", "Alfa", "Beta"), ("themes", new[] { "klima" }, new[] { "areal" }), ("start", "2026-01-01", "2027-01-01")]),
        new("participant", async http =>
        {
            var project = EditableKind.Fresh("versjon");
            await EditableKind.Made(http.ApiPutAsync($"/api/projects/{project}", new { title = "Prosjekt" }));
            await EditableKind.Made(http.ApiPutAsync($"/api/projects/{project}/participants/5001", new { role = "participant" }));
            return $"/api/projects/{project}/participants/5001";
        }, [("role", "lead", "partner")]),
    ];
}

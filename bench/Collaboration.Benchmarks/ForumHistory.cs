using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Collaboration.Benchmarks;

/// <summary>
/// Builds a forum through the API as years of minutes make one: members, meetings of past years
/// with cases carrying notes and decisions, every fifth case with a follow-up since done, and a
/// meeting to come that the measured changes go to.
/// </summary>
public sealed class ForumHistory(HttpClient http, string forumId)
{
    public const int CasesPerMeeting = 10;
    public const int MeetingsPerYear = 10;

    private const string Notes =
        "Kommunedirektørene drøftet saken med utgangspunkt i saksframlegget og innspillene fra kommunene. " +
        "Det ble pekt på behovet for felles kunnskapsgrunnlag, avklart ansvar mellom vertskommunen og de " +
        "øvrige kommunene, og en framdriftsplan som tar hensyn til budsjettprosessene. Sekretariatet " +
        "følger opp med et notat om økonomiske og administrative konsekvenser til neste møte, der også " +
        "erfaringene fra tilsvarende samarbeid i andre regioner legges fram.";

    public static readonly string[] Members = ["5059", "5028"];

    private static readonly string[] Decision = ["Saken tas til orientering.", "Sekretariatet følger opp til neste møte."];

    /// <summary>The day of the meeting to come, the same in every forum built, so their changes are numbered alike.</summary>
    public static DateOnly Coming { get; } = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(60);

    public HttpClient Http => http;

    public string Path => $"/api/forums/{forumId}";

    /// <summary>The id of the <paramref name="n"/>th meeting to come, a day apart from the first.</summary>
    public static string ComingMeeting(int n) => Coming.AddDays(n).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The forum with its members and <paramref name="coming"/> meetings to come, after <paramref name="years"/> years of held meetings.</summary>
    public async Task BuildAsync(int years, int coming)
    {
        await Send(http.PutAsJsonAsync(Path, new { name = $"Forum {forumId}", kind = "directors", casePrefix = "KF" }));
        foreach (var member in Members)
        {
            await Send(http.PostAsJsonAsync($"{Path}/members", new { kommunenummer = member, from = "2010-01-01" }));
        }

        var first = Coming.Year - years;
        for (var year = first; year < Coming.Year; year++)
        {
            for (var m = 0; m < MeetingsPerYear; m++)
            {
                var meeting = await Send(http.PostAsJsonAsync($"{Path}/meetings", new { date = $"{year}-{m + 1:00}-15", place = "Rådhuset" }));
                for (var c = 0; c < CasesPerMeeting; c++)
                {
                    await AddCaseAsync((string)meeting["id"]!, $"Sak {c + 1} i møte {m + 1}, {year}", c % 5 == 0 ? $"{year}-12-31" : null);
                }
            }
        }

        for (var n = 0; n < coming; n++)
        {
            await Send(http.PostAsJsonAsync($"{Path}/meetings", new { date = ComingMeeting(n), place = "Rådhuset" }));
        }
    }

    /// <summary>A case with notes and decisions on the meeting; with a follow-up due on <paramref name="due"/>, marked done.</summary>
    public async Task<JsonNode> AddCaseAsync(string meetingId, string title, string? due = null)
    {
        object[] followUps = due is null ? [] : [new { what = "Sekretariatet lager notat om konsekvenser", deadline = due, owner = "Sekretariatet" }];
        var item = await Send(http.PostAsJsonAsync($"{Path}/meetings/{meetingId}/agenda-items", new
        {
            title,
            presenter = "Kommunedirektør",
            notes = Notes,
            decision = Decision,
            followUps,
        }));
        foreach (var followUp in item["followUps"]!.AsArray())
        {
            await Send(http.PutAsJsonAsync($"{Path}/follow-ups/{(int)followUp!["id"]!}/status", new { status = "done" }));
        }

        return item;
    }

    public static async Task<JsonNode> Send(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body}");
        }

        return JsonNode.Parse(body.Length == 0 ? "{}" : body)!;
    }
}

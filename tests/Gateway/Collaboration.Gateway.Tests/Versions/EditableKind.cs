using System.Net;

namespace Collaboration.Gateway.Tests.Versions;

/// <summary>
/// One kind of object that can be edited: how a test makes a fresh one (returning its path) and
/// fields a one-field PATCH can set, each with two different values.
/// </summary>
public sealed record EditableKind(string Name, Func<HttpClient, Task<string>> Create, IReadOnlyList<(string Field, object First, object Second)> Fields)
{
    public override string ToString() => Name;

    /// <summary>Makes an object and fails the test when that fails.</summary>
    public static async Task<ApiAnswer> Made(Task<ApiAnswer> call)
    {
        var answer = await call;
        Assert.True(answer.Status is HttpStatusCode.OK or HttpStatusCode.Created, $"setup answered {(int)answer.Status}: {answer.Body}");
        return answer;
    }

    /// <summary>A fresh slug, so every test edits its own objects.</summary>
    public static string Fresh(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    private static int _kommunenummer = 4601;

    /// <summary>A fresh kommunenummer (46xx–49xx), registered.</summary>
    public static async Task<string> FreshMunicipalityAsync(HttpClient http)
    {
        var number = Interlocked.Increment(ref _kommunenummer).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Made(http.ApiPutAsync($"/api/municipalities/{number}", new { name = $"Testkommune {number}", county = "Vestland" }));
        return number;
    }

    private static int _organisation = 98_000_000;

    /// <summary>A fresh organisation number (prefix 98xxxxxx with its check digit), registered.</summary>
    public static async Task<string> FreshOrganisationAsync(HttpClient http)
    {
        string number;
        int? check;
        do
        {
            number = Interlocked.Increment(ref _organisation).ToString(System.Globalization.CultureInfo.InvariantCulture);
            check = OrganisationNumber.CheckDigit(number);
        }
        while (check is null);

        number += check;
        await Made(http.ApiPutAsync($"/api/organisations/{number}", new { name = $"Testorganisasjon {number}", kind = "publicbody" }));
        return number;
    }

    /// <summary>A fresh council forum with one meeting, returning its id.</summary>
    public static async Task<string> FreshForumAsync(HttpClient http)
    {
        var forum = Fresh("versjon");
        await Made(http.ApiPutAsync($"/api/forums/{forum}", new { name = "Versjonsrådet", kind = "council", casePrefix = "VR" }));
        await Made(http.ApiPutAsync($"/api/forums/{forum}/meetings/2026-03-05", new { date = "2026-03-05" }));
        return forum;
    }
}

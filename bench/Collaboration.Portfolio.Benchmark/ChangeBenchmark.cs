using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Collaboration.Portfolio.Benchmark;

/// <summary>
/// How long a change takes to show: a municipality joins a project through the API, and the
/// portfolio is read until its entry lists it. Timed from sending the change.
/// </summary>
public static class ChangeBenchmark
{
    public static async Task<Timings> RunAsync(HttpClient http, int changes, int projects)
    {
        var samples = new List<TimeSpan>(changes);
        for (var i = 0; i < changes; i++)
        {
            var project = Seeder.ProjectId(i * 37 % projects);
            var municipality = Seeder.Municipalities[(i * 101) % Seeder.Municipalities.Count];
            var role = string.Create(CultureInfo.InvariantCulture, $"change-{i}");
            var started = Stopwatch.GetTimestamp();
            using (var answer = await http.PutAsJsonAsync($"/api/projects/{project}/participants/{municipality}", new { role }))
            {
                answer.EnsureSuccessStatusCode();
            }

            while (!await ShowsAsync(http, project, municipality))
            {
                await Task.Yield();
            }

            samples.Add(Stopwatch.GetElapsedTime(started));
        }

        return new Timings(samples);
    }

    private static async Task<bool> ShowsAsync(HttpClient http, string project, string municipality)
    {
        var view = await http.GetFromJsonAsync<JsonElement>($"/api/portfolio?kommunenummer={municipality}&q={project}&limit=10");
        return view.GetProperty("entries").EnumerateArray().Any(e => e.GetProperty("key").GetString() == $"project/{project}");
    }
}

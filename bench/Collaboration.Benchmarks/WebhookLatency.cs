using System.Diagnostics;
using System.Net.Http.Json;
using Collaboration.Testing;

namespace Collaboration.Benchmarks;

/// <summary>
/// Time from a write to its webhook delivery on loopback: one write at a time, each to a new
/// project, measured from sending the write to the receiver's arrival of its event. The delivery
/// often arrives before the write's own answer is read, so this includes the write itself.
/// </summary>
public static class WebhookLatency
{
    private static readonly string[] ProjectChanges = ["no.collaboration.project."];

    /// <summary>The settings a silo needs to deliver to a receiver on loopback over http.</summary>
    public static IReadOnlyDictionary<string, string> LoopbackTargets { get; } = new Dictionary<string, string>
    {
        ["Webhooks:AllowHttp"] = "true",
        ["Webhooks:AllowedNetworks:0"] = "127.0.0.0/8",
    };

    public static async Task<Latencies> MeasureAsync(HttpClient http, int writes)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var subscribed = await http.PostAsJsonAsync("/api/webhooks", new { url = receiver.Url, eventTypes = ProjectChanges });
        subscribed.EnsureSuccessStatusCode();

        var milliseconds = new List<double>();
        var errors = 0;
        var run = Stopwatch.StartNew();
        for (var i = 0; i < writes; i++)
        {
            var subject = $"/api/projects/hook-{i}-{Guid.NewGuid():N}";
            var sent = Stopwatch.GetTimestamp();
            using var answer = await http.PutAsJsonAsync(subject, new { title = $"Prosjekt {i}" });
            if (!answer.IsSuccessStatusCode)
            {
                errors++;
                continue;
            }

            var deadline = Stopwatch.StartNew();
            while (deadline.Elapsed < TimeSpan.FromSeconds(30))
            {
                if (receiver.Received.FirstOrDefault(r => (string?)r.Event["subject"] == subject) is { } arrived)
                {
                    milliseconds.Add(Stopwatch.GetElapsedTime(sent, arrived.ArrivedAt).TotalMilliseconds);
                    break;
                }

                await Task.Delay(1);
            }
        }

        return new Latencies(milliseconds, errors + writes - milliseconds.Count, run.Elapsed);
    }
}

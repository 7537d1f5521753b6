using System.Collections.Concurrent;
using System.Diagnostics;

namespace Collaboration.Gateway.Tests.Http;

/// <summary>
/// A request's trace reaches into Orleans: grain calls are spans of the same trace, once spans are
/// recorded (an OTLP endpoint, or Telemetry:Traces for an exporter added in code).
/// </summary>
public sealed class TracingTests
{
    [Fact]
    public async Task Grain_calls_are_spans_of_the_HTTP_requests_trace()
    {
        using var data = new TempFolder();
        await using var silo = await RunningSilo.StartAsync(data.Path, new Dictionary<string, string> { ["Telemetry:Traces"] = "true" });
        await silo.Http.ApiPutAsync("/api/projects/sporet", new { title = "Sporet" });
        var traceId = ActivityTraceId.CreateRandom();
        var spans = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal) || source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.TraceId == traceId)
                {
                    spans.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        // A client that sends our traceparent as it is, as another region's system would.
        using var http = new HttpClient(new SocketsHttpHandler { ActivityHeadersPropagator = null }) { BaseAddress = silo.HttpAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/projects/sporet");
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();

        var seen = await Eventually.ValueAsync(() => Task.FromResult(spans.ToList()),
            // The request's own span ends after its answer is sent, so it may come after the grains'.
            list => list.Any(a => a.Source.Name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal)) && list.Any(a => a.Source.Name == "Microsoft.AspNetCore"),
            TimeSpan.FromSeconds(10));
        Assert.Contains(seen, a => a.Source.Name == "Microsoft.AspNetCore");
        Assert.Contains(seen, a => a.Source.Name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal) && a.DisplayName.Contains("ProjectGrain", StringComparison.OrdinalIgnoreCase));
    }
}

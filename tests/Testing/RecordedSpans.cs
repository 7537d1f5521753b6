using System.Collections.Concurrent;
using System.Diagnostics;
using Collaboration.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Collaboration.Testing;

/// <summary>The spans a process with the service defaults records, collected as each ends; the tracer runs until disposed.</summary>
public sealed class RecordedSpans : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RecordedSpans()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration[ServiceDefaultsExtensions.TracesSetting] = "true";
        builder.AddServiceDefaults();
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(new Recorder(Spans)));
        _app = builder.Build();
        _app.Services.GetRequiredService<TracerProvider>();
    }

    public ConcurrentBag<Activity> Spans { get; } = [];

    public static RecordedSpans Start() => new();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private sealed class Recorder(ConcurrentBag<Activity> recorded) : BaseProcessor<Activity>
    {
        public override void OnEnd(Activity data) => recorded.Add(data);
    }
}

using Collaboration.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Collaboration.Gateway.Tests.Http;

/// <summary>A process records spans only when something takes them: an OTLP endpoint, or the setting.</summary>
public sealed class TracesSettingTests
{
    [Theory]
    [InlineData(null, null, false)]
    [InlineData("http://127.0.0.1:4317", null, true)]
    [InlineData(null, "true", true)]
    public async Task The_tracer_provider_is_there_only_when_spans_go_somewhere(string? endpoint, string? traces, bool recorded)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint;
        builder.Configuration[ServiceDefaultsExtensions.TracesSetting] = traces;
        builder.AddServiceDefaults();
        await using var app = builder.Build();

        Assert.Equal(recorded, app.Services.GetService<TracerProvider>() is not null);
    }
}

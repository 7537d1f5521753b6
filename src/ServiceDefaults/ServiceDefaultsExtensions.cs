using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Collaboration.ServiceDefaults;

/// <summary>What every Collaboration process sets up the same way: telemetry, health and the clock.</summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>Tag of health checks that must pass before the process takes traffic.</summary>
    public const string ReadyTag = "ready";

    /// <summary>Records spans even with no OTLP endpoint set, for an exporter or processor added in code.</summary>
    public const string TracesSetting = "Telemetry:Traces";

    /// <summary>Whether spans are recorded: an OTLP endpoint takes them, or <see cref="TracesSetting"/> asks for them.</summary>
    public static bool RecordsTraces(IConfiguration configuration) =>
        Exports(configuration) || configuration.GetValue<bool>(TracesSetting);

    private static bool Exports(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);

    /// <summary>
    /// OpenTelemetry traces and metrics from Orleans, ASP.NET Core (gRPC included), outgoing HTTP and
    /// Npgsql (a span per PostgreSQL command; the driver's pool and command metrics); OTLP export when
    /// OTEL_EXPORTER_OTLP_ENDPOINT is set (traces only then, or with Telemetry:Traces); a Prometheus scrape endpoint; health checks.
    /// </summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        var exports = Exports(builder.Configuration);
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Environment.ApplicationName))
            .WithMetrics(metrics => metrics
                .AddMeter("Microsoft.Orleans", "Collaboration.Storage")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddRuntimeInstrumentation()
                .AddPrometheusExporter());

        // Spans only when something takes them: recording every request's and grain call's spans
        // for nobody cost about a twentieth of a write.
        if (RecordsTraces(builder.Configuration))
        {
            otel.WithTracing(tracing => tracing
                .AddSource("Microsoft.Orleans.*")
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddNpgsql());
        }

        if (exports)
        {
            otel.UseOtlpExporter();
        }

        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);

        // The one clock of the process: grains, the gateway and plugins all ask for it, so tests can set the time.
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>Maps /health/live, /health/ready and /metrics.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = check => check.Tags.Contains("live") });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }

    private static bool IsProbe(Microsoft.AspNetCore.Http.PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/metrics");
}

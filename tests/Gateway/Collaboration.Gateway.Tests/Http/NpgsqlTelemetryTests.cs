using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Collaboration.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Collaboration.Gateway.Tests.Http;

/// <summary>
/// Every process's telemetry takes in what Npgsql reports: its spans (one per PostgreSQL command)
/// and its metrics, beside Orleans' and ASP.NET Core's. Checked on the process's own providers
/// with the driver's source and meter name ("Npgsql"), so no database is needed.
/// </summary>
public sealed class NpgsqlTelemetryTests
{
    [Fact]
    public async Task The_tracer_provider_records_Npgsql_spans()
    {
        await using var telemetry = RecordedSpans.Start();
        var recorded = telemetry.Spans;

        using var source = new ActivitySource("Npgsql");
        using (var command = source.StartActivity("SELECT 1"))
        {
            Assert.NotNull(command);
        }

        Assert.Contains(recorded, activity => activity.Source.Name == "Npgsql" && activity.DisplayName == "SELECT 1");
    }

    [Fact]
    public async Task The_meter_provider_collects_Npgsql_metrics()
    {
        var exported = new ConcurrentBag<string>();
        var builder = WebApplication.CreateBuilder();
        builder.AddServiceDefaults();
        builder.Services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddReader(new BaseExportingMetricReader(new MetricNames(exported))));
        await using var app = builder.Build();
        var provider = app.Services.GetRequiredService<MeterProvider>();

        using var meter = new Meter("Npgsql");
        meter.CreateCounter<long>("db.client.commands.test").Add(1);
        provider.ForceFlush();

        Assert.Contains("db.client.commands.test", exported);
    }


    private sealed class MetricNames(ConcurrentBag<string> exported) : BaseExporter<Metric>
    {
        public override ExportResult Export(in Batch<Metric> batch)
        {
            foreach (var metric in batch)
            {
                exported.Add(metric.Name);
            }

            return ExportResult.Success;
        }
    }
}

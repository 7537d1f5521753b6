using System.Collections.Concurrent;
using System.Diagnostics;
using Collaboration.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Collaboration.Silo.Tests.Storage;

/// <summary>A real PostgreSQL command is a span of the process's telemetry, beside the request and grain spans.</summary>
public sealed class NpgsqlSpanTests
{
    [Fact]
    public async Task A_PostgreSQL_command_is_recorded_as_a_span()
    {
        var recorded = new ConcurrentBag<Activity>();
        var builder = WebApplication.CreateBuilder();
        builder.AddServiceDefaults();
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(new Recorder(recorded)));
        await using var app = builder.Build();
        app.Services.GetRequiredService<TracerProvider>();

        await using (var connection = new NpgsqlConnection(PostgresServer.AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT 42", connection);
            Assert.Equal(42, await command.ExecuteScalarAsync());
        }

        Assert.Contains(recorded, span => span.Source.Name == "Npgsql" && (string?)span.GetTagItem("db.query.text") == "SELECT 42");
    }

    private sealed class Recorder(ConcurrentBag<Activity> recorded) : BaseProcessor<Activity>
    {
        public override void OnEnd(Activity data) => recorded.Add(data);
    }
}

using Npgsql;

namespace Collaboration.Silo.Tests.Storage;

/// <summary>A real PostgreSQL command is a span of the process's telemetry, beside the request and grain spans.</summary>
public sealed class NpgsqlSpanTests
{
    [Fact]
    public async Task A_PostgreSQL_command_is_recorded_as_a_span()
    {
        await using var telemetry = RecordedSpans.Start();
        var recorded = telemetry.Spans;

        await using (var connection = new NpgsqlConnection(PostgresServer.AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT 42", connection);
            Assert.Equal(42, await command.ExecuteScalarAsync());
        }

        Assert.Contains(recorded, span => span.Source.Name == "Npgsql" && (string?)span.GetTagItem("db.query.text") == "SELECT 42");
    }
}

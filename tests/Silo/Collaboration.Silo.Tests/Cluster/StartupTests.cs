using Collaboration.ServiceDefaults.Storage;

namespace Collaboration.Silo.Tests.Cluster;

/// <summary>Start-up against a database that is late, never comes, or needs its schema first.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task A_silo_waits_for_a_late_database_and_then_starts()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        var real = new Npgsql.NpgsqlConnectionStringBuilder(database.Storage.ConnectionString);
        var latePort = FreePort.Next();
        var settings = new Dictionary<string, string>(database.Settings)
        {
            ["Storage:ConnectionString"] = new Npgsql.NpgsqlConnectionStringBuilder(real.ConnectionString) { Port = latePort }.ConnectionString,
        };

        await using var silo = ProgramProcess.StartSilo("silo", settings);
        await Eventually.ValueAsync(() => Task.FromResult(silo.Output), output => output.Contains("Waiting for PostgreSQL", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Contains("Waiting for PostgreSQL", silo.Output, StringComparison.Ordinal);
        Assert.False(silo.HasExited);

        await using var databaseComesUp = LoopbackForwarder.Open(latePort, real.Port);
        await silo.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
        var written = await silo.Http.ApiPutAsync("/api/municipalities/5001", new { name = "Trondheim", county = "Trøndelag" });
        Assert.True((written.Status) is System.Net.HttpStatusCode.OK or System.Net.HttpStatusCode.Created);
        Assert.Equal("Trondheim", (string?)(await silo.Http.ReadAsync("/api/municipalities/5001"))["name"]);
    }

    [Fact]
    public async Task A_database_that_never_comes_ends_the_silo_with_a_clear_error()
    {
        var settings = new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = $"Host=127.0.0.1;Port={FreePort.Next()};Username=postgres;Database=nowhere",
            ["Storage:StartupTimeout"] = "00:00:04",
        };

        await using var silo = ProgramProcess.StartSilo("silo", settings);
        var exitCode = await silo.WaitForExitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(1, exitCode);
        Assert.Contains("did not answer within 4 s", silo.Output, StringComparison.Ordinal);
        Assert.Contains("Waiting for PostgreSQL", silo.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_applies_the_schema_once_and_then_finds_it_current()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        string[] arguments = ["migrate", "--Storage:Provider=Postgres", $"--Storage:ConnectionString={database.Storage.ConnectionString}"];

        var first = await ProgramProcess.RunAsync(BuiltProgram.Silo, arguments, TimeSpan.FromMinutes(1));
        var second = await ProgramProcess.RunAsync(BuiltProgram.Silo, arguments, TimeSpan.FromMinutes(1));

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("applied 1 (orleans)", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("schema is current", second.Output, StringComparison.Ordinal);
    }
}

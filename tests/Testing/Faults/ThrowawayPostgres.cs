using System.Diagnostics;
using Npgsql;

namespace Collaboration.Testing.Faults;

/// <summary>
/// A PostgreSQL server of a drill's own (eng/postgres.sh: a temporary folder, a free loopback
/// port), which the drill may stop and start again without touching the server other tests share.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string _folder;

    private ThrowawayPostgres(string folder, string connectionString)
    {
        _folder = folder;
        ConnectionString = connectionString;
    }

    /// <summary>The connection string of the server's database <c>collaboration</c>.</summary>
    public string ConnectionString { get; }

    /// <summary>Starts a server and makes an empty database on it.</summary>
    public static async Task<ThrowawayPostgres> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("collaboration-postgres-").FullName;
        var admin = (await RunAsync("start", folder)).Trim();
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("CREATE DATABASE collaboration;", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new ThrowawayPostgres(folder, new NpgsqlConnectionStringBuilder(admin) { Database = "collaboration" }.ConnectionString);
    }

    /// <summary>Stops the server (fast shutdown: its sessions end), keeping its files.</summary>
    public Task HaltAsync() => RunAsync("halt", _folder);

    /// <summary>Starts a halted server again on its port.</summary>
    public Task ResumeAsync() => RunAsync("resume", _folder);

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await RunAsync("stop", _folder);
    }

    private static async Task<string> RunAsync(string command, string folder)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(Repository.Root, "eng", "postgres.sh"), command, folder })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"eng/postgres.sh {command} failed: {await error}");
    }
}

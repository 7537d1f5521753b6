using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Collaboration.ServiceDefaults.Storage;
using Microsoft.Data.Sqlite;

namespace Collaboration.Silo.Tests.Storage;

/// <summary>Everything acknowledged survives stopping the process and starting it on the same data folder.</summary>
public sealed partial class RestartTests
{
    [Fact]
    public async Task Writes_acknowledged_before_a_restart_read_back_after_it()
    {
        using var data = new TempFolder();
        var silo = await RunningSilo.StartAsync(data.Path);
        await silo.Http.ApiPutAsync("/api/municipalities/5001", new { name = "Trondheim", county = "Trøndelag" });
        await silo.Http.ApiPutAsync("/api/forums/restart-test", new { name = "Restartforum", kind = "council", casePrefix = "RT" });
        await silo.Http.ApiPostAsync("/api/forums/restart-test/members", new { kommunenummer = "5001", from = "2020-01-01" });
        await silo.Http.ApiPutAsync("/api/forums/restart-test/meetings/2022-06-03", new { date = "2022-06-03" });
        var acknowledged = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            var project = await silo.Http.ApiPutAsync($"/api/projects/restart-{i}", new { title = $"Prosjekt {i}", budget = new[] { new { year = 2022, amount = $"{i * 1000}" } } });
            var item = await silo.Http.ApiPostAsync("/api/forums/restart-test/meetings/2022-06-03/agenda-items", new { title = $"Sak {i}" });
            Assert.True((project.Status) is System.Net.HttpStatusCode.OK or System.Net.HttpStatusCode.Created);
            Assert.Equal(HttpStatusCode.Created, item.Status);
            acknowledged.Add((string)item.Json["caseNumber"]!);
        }

        await silo.DisposeAsync();
        await using var restarted = await RunningSilo.StartAsync(data.Path);

        var projects = (await restarted.Http.ReadAsync("/api/projects?limit=1000"))["projects"]!.AsArray();
        Assert.Equal(40, projects.Count);
        Assert.Equal("39000.00", (string?)(await restarted.Http.ReadAsync("/api/projects/restart-39"))["budget"]![0]!["amount"]);
        var cases = (await restarted.Http.ReadAsync("/api/forums/restart-test/cases"))["cases"]!.AsArray();
        Assert.Equal(acknowledged, cases.Select(c => (string)c!["caseNumber"]!));
        var trondheim = await restarted.Http.ReadAsync("/api/municipalities/5001");
        Assert.Equal("restart-test", (string?)trondheim["forums"]![0]!["forumId"]);

        var next = await restarted.Http.ApiPostAsync("/api/forums/restart-test/meetings/2022-06-03/agenda-items", new { title = "Etter omstart" });
        Assert.Equal("RT 41/22", (string?)next.Json["caseNumber"]);
    }

    [Fact]
    public async Task A_deadline_registered_before_a_restart_turns_overdue_after_it()
    {
        using var data = new TempFolder();
        var settings = new Dictionary<string, string> { ["FollowUps:CheckPeriod"] = "00:00:02" };
        var silo = await RunningSilo.StartAsync(data.Path, settings);
        await silo.Http.ApiPutAsync("/api/forums/deadline-test", new { name = "Fristforum", kind = "directors", casePrefix = "DT" });
        await silo.Http.ApiPutAsync("/api/forums/deadline-test/meetings/2022-06-03", new { date = "2022-06-03" });
        var deadline = DateTimeOffset.UtcNow.AddSeconds(8);
        var item = await silo.Http.ApiPostAsync("/api/forums/deadline-test/meetings/2022-06-03/agenda-items", new
        {
            title = "Jordvern",
            followUps = new[] { new { what = "Melde tilbake", deadline = deadline.ToString("yyyy-MM-dd'T'HH:mm:ss.fffK", CultureInfo.InvariantCulture) } },
        });
        Assert.Equal("open", (string?)item.Json["followUps"]![0]!["status"]);
        await silo.DisposeAsync();

        // The deadline passes while the process is down.
        var wait = deadline - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        await using var restarted = await RunningSilo.StartAsync(data.Path, settings);

        // Nothing calls the forum: only the durable reminder can activate it and mark the follow-up.
        var storage = new StorageOptions { DataDir = data.Path };
        var marked = await Eventually.ValueAsync(() => StoredOverdueAsync(storage, "deadline-test"), overdue => overdue, TimeSpan.FromSeconds(60));
        Assert.True(marked, "The reminder did not mark the follow-up overdue after the restart.");

        var overdue = await restarted.Http.ReadAsync("/api/forums/deadline-test/follow-ups?status=overdue");
        Assert.Equal("Melde tilbake", (string?)Assert.Single(overdue["followUps"]!.AsArray())!["what"]);
    }

    [Fact]
    public async Task A_restart_does_not_load_the_demo_data_over_changes_made_since()
    {
        using var data = new TempFolder();
        var settings = new Dictionary<string, string> { ["DemoData:Load"] = "true" };
        var silo = await RunningSilo.StartAsync(data.Path, settings);
        var changed = await silo.Http.ApiPutAsync("/api/municipalities/5001", new { name = "Trondheim kommune", county = "Trøndelag" });
        Assert.Equal(HttpStatusCode.OK, changed.Status);
        await silo.DisposeAsync();

        await using var restarted = await RunningSilo.StartAsync(data.Path, settings);

        Assert.Equal("Trondheim kommune", (string?)(await restarted.Http.ReadAsync("/api/municipalities/5001"))["name"]);
    }

    [Fact]
    public async Task A_budget_stored_when_amounts_were_whole_kroner_reads_back_to_the_ore()
    {
        using var data = new TempFolder();
        var silo = await RunningSilo.StartAsync(data.Path);
        var put = await silo.Http.ApiPutAsync("/api/projects/old-budget", new { title = "Gammelt budsjett", budget = new[] { new { year = 2022, amount = "1234.5" } } });
        Assert.True((put.Status) is System.Net.HttpStatusCode.OK or System.Net.HttpStatusCode.Created);
        await silo.DisposeAsync();

        // Before amounts had øre, a budget line was stored as {"year":2022,"amountNok":1500000}.
        var storage = new StorageOptions { DataDir = data.Path };
        var payload = await StoredProjectAsync(storage, "old-budget");
        Assert.Contains("\"amountNok\":1234.5", payload, StringComparison.Ordinal);
        await StoreProjectAsync(storage, "old-budget", payload.Replace("\"amountNok\":1234.5", "\"amountNok\":1500000", StringComparison.Ordinal));

        await using var restarted = await RunningSilo.StartAsync(data.Path);

        Assert.Equal("1500000.00", (string?)(await restarted.Http.ReadAsync("/api/projects/old-budget"))["budget"]![0]!["amount"]);
    }

    private static async Task<string> StoredProjectAsync(StorageOptions storage, string id)
    {
        await using var connection = new SqliteConnection(storage.EffectiveConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT PayloadBinary FROM OrleansStorage WHERE GrainTypeString = 'project' AND GrainIdExtensionString = $id";
        command.Parameters.AddWithValue("$id", id);
        return System.Text.Encoding.UTF8.GetString((byte[])(await command.ExecuteScalarAsync())!);
    }

    private static async Task StoreProjectAsync(StorageOptions storage, string id, string payload)
    {
        await using var connection = new SqliteConnection(storage.EffectiveConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE OrleansStorage SET PayloadBinary = $payload WHERE GrainTypeString = 'project' AND GrainIdExtensionString = $id";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$payload", System.Text.Encoding.UTF8.GetBytes(payload));
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private static async Task<bool> StoredOverdueAsync(StorageOptions storage, string forumId)
    {
        await using var connection = new SqliteConnection(storage.EffectiveConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT PayloadBinary FROM OrleansStorage WHERE GrainTypeString = 'forum' AND GrainIdExtensionString = $id";
        command.Parameters.AddWithValue("$id", forumId);
        var payload = await command.ExecuteScalarAsync() as byte[];
        return payload is not null && OverdueFlag().IsMatch(System.Text.Encoding.UTF8.GetString(payload));
    }

    [GeneratedRegex("\"overdue\"\\s*:\\s*true", RegexOptions.IgnoreCase)]
    private static partial Regex OverdueFlag();
}

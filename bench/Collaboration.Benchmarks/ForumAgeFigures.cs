using System.Diagnostics;
using System.Net.Http.Json;
using Collaboration.ServiceDefaults.Storage;
using Collaboration.Silo.Storage;
using Collaboration.Testing;

namespace Collaboration.Benchmarks;

/// <summary>
/// What a change costs in an old forum beside the same change in a new one, on SQLite in one
/// process: a forum with years of meetings (ten cases with notes to a meeting) and a new forum,
/// then each change timed in turn on the one and the other, one request at a time, with the ratio
/// of the old forum's time to the new one's and the size of what each forum has stored.
/// </summary>
public static class ForumAgeFigures
{
    private const string Old = "bench-old";
    private const string New = "bench-new";

    public static async Task RunAsync(int years, int changes)
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite);
        var silo = ProgramProcess.StartSilo("forums: silo", database.Settings);
        await using (new ProcessGroup([silo]))
        {
            await silo.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
            using var http = new HttpClient { BaseAddress = silo.Http.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
            http.DefaultRequestHeaders.Authorization = silo.Http.DefaultRequestHeaders.Authorization; // an admin's token
            foreach (var member in ForumHistory.Members)
            {
                await ForumHistory.Send(http.PutAsJsonAsync($"/api/municipalities/{member}", new { name = $"Kommune {member}", county = "Trøndelag" }));
            }

            var old = new ForumHistory(http, Old);
            var clock = Stopwatch.StartNew();
            await old.BuildAsync(years, Coming(changes));
            Console.WriteLine($"Old and new forum: SQLite, one process, one request at a time, {Environment.ProcessorCount} cores shared by load and server.");
            Console.WriteLine($"Built {Old}: {years} years of {ForumHistory.MeetingsPerYear} meetings with {ForumHistory.CasesPerMeeting} cases each " +
                $"({years * ForumHistory.MeetingsPerYear * ForumHistory.CasesPerMeeting:N0} cases with notes, every fifth with a follow-up since done) in {Latencies.Format(clock.Elapsed.TotalSeconds)} s.");
            var young = new ForumHistory(http, New);
            await young.BuildAsync(0, Coming(changes));
            Console.WriteLine(await StoredAsync(database.Storage, "before the changes"));
            Console.WriteLine();

            Console.WriteLine($"Each change {changes} times on each forum, in turn, after 5 unmeasured:");
            Console.WriteLine();
            Console.WriteLine("| change | new p50 ms | new p99 ms | old p50 ms | old p99 ms | old/new p50 | old/new p99 |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var (name, change) in Changes())
            {
                var figures = await MeasureAsync(changes, n => change(young, n), n => change(old, n));
                Console.WriteLine($"| {name} | {figures}");
            }

            Console.WriteLine();
            Console.WriteLine(await StoredAsync(database.Storage, "after the changes"));
        }
    }

    // Meetings to come enough for the cases added, ten to a meeting as in the forum's past.
    private static int Coming(int changes) => ((changes + 5) / ForumHistory.CasesPerMeeting) + 1;

    // The same change made to either forum; n numbers the repetitions, so each one changes something.
    private static IEnumerable<(string Name, Func<ForumHistory, int, Task> Change)> Changes()
    {
        yield return ("a case added to a meeting to come", (forum, n) => forum.AddCaseAsync(ForumHistory.ComingMeeting(n / ForumHistory.CasesPerMeeting), $"Ny sak {n}"));
        yield return ("a case's notes changed", (forum, n) => ForumHistory.Send(forum.Http.PutAsJsonAsync(
            $"{forum.Path}/cases/{ForumHistory.Coming.Year}/1", new { title = "Ny sak 0", notes = $"Endret {n}" })));
        yield return ("a follow-up added", (forum, n) => ForumHistory.Send(forum.Http.PostAsJsonAsync(
            $"{forum.Path}/cases/{ForumHistory.Coming.Year}/1/follow-ups", new { what = $"Oppfølging {n}", deadline = ForumHistory.Coming.AddDays(30).ToString("yyyy-MM-dd", null) })));
        yield return ("a member's period changed", (forum, n) => ForumHistory.Send(forum.Http.PutAsJsonAsync(
            $"{forum.Path}/members/{ForumHistory.Members[0]}", new { from = "2010-01-01", decision = $"Vedtak {n}" })));
    }

    private static async Task<string> MeasureAsync(int changes, Func<int, Task> young, Func<int, Task> old)
    {
        var times = (New: new List<double>(), Old: new List<double>());
        for (var n = -5; n < changes; n++)
        {
            // Each goes first every other time, so neither gains from coming after the other.
            double youngTime, oldTime;
            if (n % 2 == 0)
            {
                youngTime = await TimeAsync(young, n + 5);
                oldTime = await TimeAsync(old, n + 5);
            }
            else
            {
                oldTime = await TimeAsync(old, n + 5);
                youngTime = await TimeAsync(young, n + 5);
            }

            if (n >= 0)
            {
                times.New.Add(youngTime);
                times.Old.Add(oldTime);
            }
        }

        var (fresh, aged) = (new Latencies(times.New, 0, TimeSpan.Zero), new Latencies(times.Old, 0, TimeSpan.Zero));
        return $"{Latencies.Format(fresh.Percentile(50))} | {Latencies.Format(fresh.Percentile(99))} | {Latencies.Format(aged.Percentile(50))} | {Latencies.Format(aged.Percentile(99))} | " +
            $"**{Latencies.Format(aged.Percentile(50) / fresh.Percentile(50))}** | {Latencies.Format(aged.Percentile(99) / fresh.Percentile(99))} |";
    }

    private static async Task<double> TimeAsync(Func<int, Task> change, int n)
    {
        var started = Stopwatch.GetTimestamp();
        await change(n);
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    // The forum's own row, and the rows of any states kept under it (keys starting with its id and a slash).
    private static async Task<string> StoredAsync(StorageOptions storage, string when)
    {
        await using var connection = await SchemaMigrator.OpenAsync(storage, CancellationToken.None);
        var lines = new List<string>();
        foreach (var forum in new[] { New, Old })
        {
            await using var command = connection.CreateCommand();
            command.CommandText =
                "SELECT COALESCE(SUM(CASE WHEN GrainTypeString = 'forum' THEN LENGTH(PayloadBinary) END), 0), " +
                "COUNT(CASE WHEN GrainTypeString <> 'forum' THEN 1 END), COALESCE(SUM(CASE WHEN GrainTypeString <> 'forum' THEN LENGTH(PayloadBinary) END), 0) " +
                $"FROM OrleansStorage WHERE (GrainTypeString = 'forum' AND GrainIdExtensionString = '{forum}') OR (GrainTypeString LIKE 'forum-%' AND GrainIdExtensionString LIKE '{forum}/%')";
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            lines.Add($"{forum}: forum row {reader.GetInt64(0):N0} bytes, {reader.GetInt64(1):N0} rows under it with {reader.GetInt64(2):N0} bytes");
        }

        return $"Stored {when}: {string.Join("; ", lines)}.";
    }
}

using System.Globalization;
using System.Net;
using Collaboration.ServiceDefaults.Storage;

namespace Collaboration.Silo.Tests.Journal;

/// <summary>
/// 16 concurrent writers on PostgreSQL while a follower reads the feed: the follower sees every
/// change exactly once, in journal order, with no gap, although transactions commit in any order.
/// </summary>
public sealed class ChangeFeedConcurrencyTests
{
    private const int Writers = 16;
    private const int ChangesEach = 40;

    [Fact]
    public async Task A_follower_sees_every_change_once_in_order_while_16_writers_commit()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        await using var silo = await RunningSilo.StartAsync(database.Storage.DataDir, database.Settings);
        var seen = new List<(string Id, int Version, long Cursor, string EventId)>();
        using var done = new CancellationTokenSource();

        var following = Task.Run(async () =>
        {
            var after = "0";
            var quiet = new System.Diagnostics.Stopwatch();
            while (true)
            {
                var finished = done.IsCancellationRequested;
                var page = await silo.Http.ReadAsync($"/api/changes?kinds=projects&limit=200&after={after}");
                foreach (var change in page["changes"]!.AsArray())
                {
                    var data = change!["data"]!;
                    seen.Add(((string)data["id"]!, (int)data["version"]!, long.Parse((string)change["cursor"]!, CultureInfo.InvariantCulture), (string)change["id"]!));
                }

                after = (string)page["next"]!;

                // An empty page right after the last write may only mean its change is not yet
                // settled (PostgreSQL hands out a position once no older transaction runs): a
                // follower keeps asking, here until it has every change or the feed stays quiet.
                if (finished && page["changes"]!.AsArray().Count == 0)
                {
                    if (seen.Count(s => s.Id.StartsWith("follow-", StringComparison.Ordinal)) >= Writers * ChangesEach || quiet.Elapsed > TimeSpan.FromSeconds(10))
                    {
                        return;
                    }

                    quiet.Start();
                    await Task.Delay(50);
                }
            }
        });

        await Parallel.ForEachAsync(Enumerable.Range(0, Writers), new ParallelOptions { MaxDegreeOfParallelism = Writers }, async (w, _) =>
        {
            for (var i = 0; i < ChangesEach; i++)
            {
                // Two objects per writer, so changes to one object and to many interleave.
                var answer = await silo.Http.ApiPutAsync($"/api/projects/follow-{w}-{i % 2}", new { title = $"Endring {i}" });
                Assert.True((answer.Status) is HttpStatusCode.OK or HttpStatusCode.Created);
            }
        });
        await done.CancelAsync();
        await following;

        var mine = seen.Where(s => s.Id.StartsWith("follow-", StringComparison.Ordinal)).ToList();
        var journal = (await StoredRows.JournalAsync(database.Storage, "project")).Where(r => r.ObjectId.StartsWith("follow-", StringComparison.Ordinal)).ToList();
        Assert.Equal(Writers * ChangesEach, journal.Count);
        Assert.Equal(journal.Select(r => (r.ObjectId, r.Version, r.Position)), mine.Select(s => (s.Id, s.Version, s.Cursor)));
        Assert.Equal(seen.Count, seen.Select(s => s.EventId).Distinct().Count());
        Assert.True(seen.Zip(seen.Skip(1)).All(pair => pair.First.Cursor < pair.Second.Cursor), "cursors increase");
        Assert.All(mine.GroupBy(s => s.Id), changes => Assert.Equal(Enumerable.Range(1, ChangesEach / 2), changes.Select(c => c.Version)));
    }
}

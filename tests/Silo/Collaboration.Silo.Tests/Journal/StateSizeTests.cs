using System.Net;

namespace Collaboration.Silo.Tests.Journal;

/// <summary>History lives in the journal, not in the object: a stored state does not grow with its number of changes.</summary>
public sealed class StateSizeTests
{
    [Fact]
    public async Task A_project_after_1000_changes_stores_no_more_than_after_10()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var silo = await RunningSilo.StartAsync(database.Storage.DataDir, database.Settings);
        var path = "/api/projects/many-changes";

        await ChangeAsync(silo, path, 0, 10);
        var after10 = await StoredRows.PayloadSizeAsync(database.Storage, "project", "many-changes");
        await ChangeAsync(silo, path, 10, 1000);
        var after1000 = await StoredRows.PayloadSizeAsync(database.Storage, "project", "many-changes");

        // Only the version counter may grow, from two digits to four; and the time of the last change
        // varies in length, as JSON writes its fraction of a second without trailing zeros (up to 7 digits).
        Assert.True(after1000 <= after10 + 2 + 7, $"{after10} bytes after 10 changes, {after1000} after 1,000");
        var history = await silo.Http.ReadAsync($"{path}/history?limit=1");
        Assert.Equal(1000, (int)history["entries"]![0]!["version"]!);
    }

    // Titles of the same length, so each change stores the same amount of data.
    private static async Task ChangeAsync(RunningSilo silo, string path, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            Assert.True(((await silo.Http.ApiPutAsync(path, new { title = $"Tittel {i:D4}" })).Status) is HttpStatusCode.OK or HttpStatusCode.Created);
        }
    }
}

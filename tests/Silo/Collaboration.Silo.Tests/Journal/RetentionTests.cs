using System.Net;

namespace Collaboration.Silo.Tests.Journal;

/// <summary>The journal keeps everything unless a bound is set, and only kinds that are not public may have one.</summary>
public sealed class RetentionTests
{
    [Fact]
    public async Task A_bounded_kind_loses_its_old_changes_and_public_kinds_keep_theirs()
    {
        await using var database = await TestDatabase.CreateAsync();
        var settings = new Dictionary<string, string>(database.Settings)
        {
            ["Journal:Retention:fees"] = "00:00:00.5",
            ["Journal:RetentionCheck"] = "00:00:00.2",
        };
        await using var silo = await RunningSilo.StartAsync(database.Storage.DataDir, settings);
        Assert.True(((await silo.Http.ApiPutAsync("/api/forums/retention-council", new { name = "Rådet", kind = "council", casePrefix = "RR" })).Status) is HttpStatusCode.OK or HttpStatusCode.Created);
        Assert.True(((await silo.Http.ApiPutAsync("/api/fees/retention-council/2028/models/utkast", new { title = "Utkast", baseAmount = "1000" })).Status) is HttpStatusCode.OK or HttpStatusCode.Created);
        // The newest record is always kept (it carries the next position on SQLite), so one more change follows.
        Assert.True(((await silo.Http.ApiPutAsync("/api/projects/retention-later", new { title = "Senere" })).Status) is HttpStatusCode.OK or HttpStatusCode.Created);

        var fees = await Eventually.ValueAsync(() => StoredRows.JournalAsync(database.Storage, "fee-year"), rows => rows.Count == 0, TimeSpan.FromSeconds(30));

        Assert.Empty(fees);
        Assert.NotEmpty(await StoredRows.JournalAsync(database.Storage, "forum"));
    }

    [Theory]
    [InlineData("projects")]
    [InlineData("things")]
    public async Task A_bound_on_a_public_or_unknown_kind_stops_the_start(string kind)
    {
        await using var database = await TestDatabase.CreateAsync();
        var settings = new Dictionary<string, string>(database.Settings) { [$"Journal:Retention:{kind}"] = "1.00:00:00" };

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(async () => await RunningSilo.StartAsync(database.Storage.DataDir, settings));

        Assert.Contains($"Journal:Retention:{kind}", refused.Message, StringComparison.Ordinal);
    }
}

using System.Globalization;
using System.Net;
using Collaboration.ServiceDefaults.Storage;
using Collaboration.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Collaboration.Silo.Tests.Outage;

/// <summary>
/// The reminder table (deadlines of follow-ups, hearings and funding calls) meets an outage as the
/// grain storage does: a request whose grain registers a reminder answers 503 problem+json with
/// Retry-After, not 500, and readiness hears of it.
/// </summary>
public sealed class ReminderOutageTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_reminder_table_of_a_read_only_SQLite_file_is_an_outage_noted_for_readiness()
    {
        using var data = new TempFolder();
        await using var silo = await RunningSilo.StartAsync(data.Path);
        var table = silo.Services.GetRequiredService<IReminderTable>();
        var outages = silo.Services.GetRequiredService<DatabaseOutages>();
        var fault = new ReadOnlySqliteFile(data.Path);
        await fault.BreakAsync();
        try
        {
            var entry = new ReminderEntry
            {
                GrainId = GrainId.Create("forum", "reminder-outage"),
                ReminderName = "deadline",
                StartAt = DateTime.UtcNow.AddDays(1),
                Period = TimeSpan.FromMinutes(1),
            };
            await Assert.ThrowsAsync<StorageUnavailableException>(() => table.UpsertRow(entry));
            Assert.True(outages.Recent(TimeSpan.FromMinutes(1)), "The outage was not noted for readiness.");
        }
        finally
        {
            await fault.RepairAsync();
        }
    }

    [Fact]
    public async Task A_forum_that_registers_its_deadline_while_the_SQLite_file_is_read_only_answers_503()
    {
        using var data = new TempFolder();
        var silo = await RunningSilo.StartAsync(data.Path);
        await AddFollowUpAsync(silo, "reminder-forum");
        await silo.DisposeAsync();

        // Started again, the forum is not in memory: its first call activates it, and activation
        // registers the reminder for its open follow-up's deadline.
        await using var restarted = await RunningSilo.StartAsync(data.Path);
        var fault = new ReadOnlySqliteFile(data.Path);
        await fault.BreakAsync();
        try
        {
            var refused = await restarted.Http.ApiGetAsync("/api/forums/reminder-forum/follow-ups");
            AssertUnavailable(refused);

            await fault.RepairAsync();
            var served = await Eventually.ValueAsync(
                () => restarted.Http.ApiGetAsync("/api/forums/reminder-forum/follow-ups"), answer => answer.Status == HttpStatusCode.OK, Patience);
            Assert.Equal("Melde tilbake", (string?)Assert.Single(served.Json["followUps"]!.AsArray())!["what"]);
        }
        finally
        {
            await fault.RepairAsync();
        }
    }

    [Fact]
    public async Task A_PostgreSQL_reminder_table_locked_past_the_timeout_answers_503_and_turns_readiness_red()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        var settings = new Dictionary<string, string>(database.Settings) { ["Storage:OperationTimeout"] = "00:00:02" };
        await using var silo = await RunningSilo.StartAsync(database.Storage.DataDir, settings);
        await silo.Http.ApiPutAsync("/api/forums/locked-reminders", new { name = "Låst", kind = "directors", casePrefix = "LR" });
        await silo.Http.ApiPutAsync("/api/forums/locked-reminders/meetings/2022-06-03", new { date = "2022-06-03" });

        // Another session holds the reminder table (a migration, a stuck transaction): the rest of
        // the database, and so the readiness probe, works on.
        await using var locker = new NpgsqlConnection(database.Storage.EffectiveConnectionString);
        await locker.OpenAsync();
        await using var transaction = await locker.BeginTransactionAsync();
        await using (var take = new NpgsqlCommand("LOCK TABLE OrleansRemindersTable IN ACCESS EXCLUSIVE MODE;", locker, transaction))
        {
            await take.ExecuteNonQueryAsync();
        }

        // The first item's reminder meets the lock; readiness then has heard of the outage.
        var refused = await AddItemAsync(silo, "locked-reminders", "Under låsen");
        AssertUnavailable(refused);
        var ready = await Eventually.ValueAsync(
            async () => (await AddItemAsync(silo, "locked-reminders", "Igjen"), await StatusAsync(silo, "/health/ready")).Item2,
            status => status == HttpStatusCode.ServiceUnavailable,
            Patience);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(silo, "/health/live"));

        await transaction.RollbackAsync();
        var after = await Eventually.ValueAsync(
            () => AddItemAsync(silo, "locked-reminders", "Etter"), answer => answer.Status == HttpStatusCode.Created, Patience);
        Assert.Equal(HttpStatusCode.Created, after.Status);
        Assert.Equal(HttpStatusCode.OK, await Eventually.ValueAsync(
            () => StatusAsync(silo, "/health/ready"), status => status == HttpStatusCode.OK, Patience));
    }

    private static void AssertUnavailable(ApiAnswer answer)
    {
        Assert.True(answer.Status == HttpStatusCode.ServiceUnavailable, $"{(int)answer.Status} {answer.Body}");
        Assert.Equal("application/problem+json", answer.ContentType);
        Assert.Equal(503, (int?)answer.Json["status"]);
        Assert.True(answer.RetryAfter > TimeSpan.Zero, "No Retry-After on the 503.");
    }

    private static async Task AddFollowUpAsync(RunningSilo silo, string forum)
    {
        await silo.Http.ApiPutAsync($"/api/forums/{forum}", new { name = "Påminnelser", kind = "directors", casePrefix = "PM" });
        await silo.Http.ApiPutAsync($"/api/forums/{forum}/meetings/2022-06-03", new { date = "2022-06-03" });
        var item = await AddItemAsync(silo, forum, "Jordvern");
        Assert.Equal(HttpStatusCode.Created, item.Status);
    }

    // An agenda item with a follow-up due tomorrow: its forum registers a reminder for the deadline.
    private static Task<ApiAnswer> AddItemAsync(RunningSilo silo, string forum, string title) =>
        silo.Http.ApiPostAsync($"/api/forums/{forum}/meetings/2022-06-03/agenda-items", new
        {
            title,
            followUps = new[]
            {
                new { what = "Melde tilbake", deadline = DateTimeOffset.UtcNow.AddDays(1).ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture) },
            },
        });

    private static async Task<HttpStatusCode> StatusAsync(RunningSilo silo, string path)
    {
        using var response = await silo.Anonymous.GetAsync(path);
        return response.StatusCode;
    }
}

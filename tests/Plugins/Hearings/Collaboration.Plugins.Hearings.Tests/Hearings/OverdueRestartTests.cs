using System.Globalization;
using System.Net;

namespace Collaboration.Hearings.Tests.Hearings;

/// <summary>The overdue mark comes by itself, from the durable reminder, even when the deadline passes while the process is down.</summary>
public sealed class OverdueRestartTests
{
    [Fact]
    public async Task A_deadline_passing_while_the_process_is_down_marks_the_unanswered_overdue_after_the_restart()
    {
        using var data = new TempFolder();
        var silo = await RunningSilo.StartAsync(data.Path);
        await Ok(silo.Http.ApiPutAsync("/api/municipalities/5001", new { name = "Trondheim", county = "Trøndelag" }));
        await Ok(silo.Http.ApiPutAsync("/api/municipalities/5028", new { name = "Melhus", county = "Trøndelag" }));
        await Ok(silo.Http.ApiPutAsync("/api/forums/fristrad", new { name = "Fristråd", kind = "council", casePrefix = "FR" }));
        await Ok(silo.Http.ApiPostAsync("/api/forums/fristrad/members", new { kommunenummer = "5001", from = "2020-01-01" }));
        await Ok(silo.Http.ApiPostAsync("/api/forums/fristrad/members", new { kommunenummer = "5028", from = "2020-01-01" }));
        await Ok(silo.Http.ApiPutAsync("/api/forums/fristrad/meetings/2022-06-17", new { date = "2022-06-17" }));
        await Ok(silo.Http.ApiPostAsync("/api/forums/fristrad/meetings/2022-06-17/agenda-items", new { title = "Strategi" }));
        var deadline = DateTimeOffset.UtcNow.AddSeconds(8);
        var sent = await silo.Http.ApiPostAsync("/api/hearings", new
        {
            forumId = "fristrad",
            year = 2022,
            sequence = 1,
            kind = "hearing",
            deadline = deadline.ToString("yyyy-MM-dd'T'HH:mm:ss.fffK", CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Created, sent.Status);
        await Ok(silo.Http.ApiPutAsync("/api/hearings/fristrad-2022-1/answers/5001",
            new { statement = new { text = "Trondheim støtter strategien.", date = "2022-08-01" } }));
        var before = await silo.Http.ReadAsync("/api/hearings/fristrad-2022-1");
        Assert.Equal("pending", (string?)before["bodies"]![1]!["status"]);
        await silo.DisposeAsync();

        // The deadline passes while the process is down.
        var wait = deadline - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        await using var restarted = await RunningSilo.StartAsync(data.Path);

        // A read shows the unanswered overdue at once, whether or not the reminder has run ...
        var read = await restarted.Http.ReadAsync("/api/hearings/fristrad-2022-1");
        Assert.Equal("overdue", (string?)read["bodies"]![1]!["status"]);
        Assert.Equal("statement", (string?)read["bodies"]![0]!["status"]);

        // ... and only the durable reminder stores the mark: a read never raises the version.
        var marked = await Eventually.ValueAsync(() => restarted.Http.ReadAsync("/api/hearings/fristrad-2022-1"),
            h => (int)h["version"]! > (int)before["version"]!, TimeSpan.FromSeconds(90));
        Assert.Equal((int)before["version"]! + 1, (int)marked["version"]!);
        Assert.Equal("overdue", (string?)marked["bodies"]![1]!["status"]);
        var history = await restarted.Http.ReadAsync("/api/hearings/fristrad-2022-1/history");
        Assert.Equal(3, history["entries"]!.AsArray().Count);
    }

    private static async Task Ok(Task<ApiAnswer> call)
    {
        var answer = await call;
        Assert.True(answer.Status is HttpStatusCode.OK or HttpStatusCode.Created, $"{answer.Status} {answer.Body}");
    }
}

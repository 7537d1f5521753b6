using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Collaboration.Testing.Faults;

/// <summary>
/// The PostgreSQL server stopped under write load for the plan's fault time and started again:
/// one silo on a server of the drill's own, writers going on throughout. While it is down the
/// writes answer 503 problem+json with Retry-After (never another 5xx); once it is back the same
/// process serves every project again, and every acknowledged write reads back with its journal
/// record.
/// </summary>
public static class DatabaseStopDrill
{
    private const string Prefix = "stopped";

    /// <summary>Runs the drill on a server it starts and stops itself.</summary>
    public static async Task<FaultFigures> RunAsync(FaultPlan plan)
    {
        using var data = new TempFolder();
        await using var server = await ThrowawayPostgres.StartAsync();
        var silo = ProgramProcess.StartSilo("silo", new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = server.ConnectionString,
            ["Storage:DataDir"] = data.Path,
        });
        await using var cleanup = new ProcessGroup([silo]);
        await silo.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));

        var load = WriteLoad.Start([silo.Http], plan.Writers, Prefix, plan.ProjectsEach);
        var broken = new List<string>();
        if (!await load.EveryProjectAcknowledgedAsync(plan.Patience))
        {
            broken.Add($"not every project was acknowledged within {plan.Patience} before the stop");
        }

        await Task.Delay(plan.Before);
        var refusedBefore = load.Answers[HttpStatusCode.ServiceUnavailable];
        await server.HaltAsync();
        await Task.Delay(plan.Fault);
        var refused = load.Answers[HttpStatusCode.ServiceUnavailable] - refusedBefore;
        if (refused == 0)
        {
            broken.Add("no write answered 503 while the server was stopped");
        }

        var mark = load.Mark;
        var clock = Stopwatch.StartNew();
        await server.ResumeAsync();
        var recovered = await load.EveryProjectAcknowledgedAfterAsync(mark, plan.Patience);
        var recovery = clock.Elapsed;
        if (!recovered)
        {
            broken.Add($"not every project was acknowledged again within {plan.Patience} of the server's start");
        }

        await Task.Delay(plan.After);
        await load.StopAsync();
        if (silo.HasExited)
        {
            broken.Add($"the silo exited with {silo.ExitCode}");
        }

        var readBack = await ReadBack.CheckAsync(silo.Http, load, Prefix);
        return new FaultFigures(
            string.Create(CultureInfo.InvariantCulture, $"PostgreSQL stopped for {plan.Fault.TotalSeconds:0} s (one silo, {plan.Writers} writers)"),
            load.Answers,
            readBack,
            string.Create(CultureInfo.InvariantCulture, $"{refused} writes answered 503 while it was down; every project acknowledged again {recovery.TotalSeconds:0.0} s after it was started (the start included)"),
            broken);
    }
}

using System.Diagnostics;
using System.Globalization;
using Collaboration.ServiceDefaults.Storage;

namespace Collaboration.Testing.Faults;

/// <summary>
/// The only silo killed with SIGKILL under write load and started again on the same database,
/// address and ports, as a service manager would: the writers go on through the restart until
/// every project was acknowledged again and a while more; then every acknowledged write is read
/// back, with its journal record in the change feed.
/// </summary>
public static class SiloKillDrill
{
    private const string Prefix = "silo-kill";
    private static readonly TimeSpan Start = TimeSpan.FromMinutes(2);

    /// <summary>Runs the drill on a fresh database of <paramref name="provider"/>.</summary>
    public static async Task<FaultFigures> RunAsync(StorageProvider provider, FaultPlan plan)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var settings = database.Settings.ToDictionary();
        settings["Kestrel:Endpoints:Http:Url"] = $"http://127.0.0.1:{FreePort.Next()}"; // the restarted silo answers where the first did
        var silo = ProgramProcess.StartSilo("silo", settings);
        var processes = new List<ProgramProcess> { silo };
        await using var cleanup = new ProcessGroup(processes);
        await silo.WaitUntilReadyAsync(Start);

        // The writers' own client: the process behind the address changes.
        using var http = new HttpClient { BaseAddress = silo.Http.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = silo.Http.DefaultRequestHeaders.Authorization;
        var load = WriteLoad.Start([http], plan.Writers, Prefix, plan.ProjectsEach);
        var broken = new List<string>();
        if (!await load.EveryProjectAcknowledgedAsync(plan.Patience))
        {
            broken.Add($"not every project was acknowledged within {plan.Patience} before the kill");
        }

        await Task.Delay(plan.Before);
        var mark = load.Mark;
        var clock = Stopwatch.StartNew();
        silo.Kill();
        var restarted = ProgramProcess.StartSilo("restarted silo", settings, previous: silo);
        processes.Add(restarted);
        await restarted.WaitUntilReadyAsync(Start);
        var ready = clock.Elapsed;
        var recovered = await load.EveryProjectAcknowledgedAfterAsync(mark, plan.Patience);
        var recovery = clock.Elapsed;
        if (!recovered)
        {
            broken.Add($"not every project was acknowledged again within {plan.Patience} of the restart");
        }

        await Task.Delay(plan.After);
        await load.StopAsync();
        if (restarted.HasExited)
        {
            broken.Add($"the restarted silo exited with {restarted.ExitCode}");
        }

        var readBack = await ReadBack.CheckAsync(restarted.Http, load, Prefix);
        return new FaultFigures(
            $"SIGKILL of the only silo, started again ({(provider == StorageProvider.Postgres ? "PostgreSQL" : "SQLite")}, {plan.Writers} writers)",
            load.Answers,
            readBack,
            string.Create(CultureInfo.InvariantCulture, $"ready again {ready.TotalSeconds:0.0} s after the kill, every project acknowledged again after {recovery.TotalSeconds:0.0} s; {mark} writes acknowledged before it"),
            broken);
    }
}

using System.Diagnostics;
using System.Globalization;
using Collaboration.ServiceDefaults.Storage;

namespace Collaboration.Testing.Faults;

/// <summary>
/// One silo of three killed with SIGKILL under write load: three silo processes and two standalone
/// gateways on one PostgreSQL database, writers sending through both gateways; after a while the
/// second silo is killed, the writers go on until every project was acknowledged again (the
/// killed silo's grains back on the others) and a while more; then every acknowledged write is
/// read back through a gateway, with its journal record in the change feed.
/// </summary>
public static class ClusterKillDrill
{
    private const string Prefix = "cluster-kill";
    private static readonly TimeSpan Start = TimeSpan.FromMinutes(2);

    /// <summary>Runs the drill on a fresh PostgreSQL database.</summary>
    public static async Task<FaultFigures> RunAsync(FaultPlan plan)
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        var processes = new List<ProgramProcess> { ProgramProcess.StartSilo("silo 1", database.Settings) };
        await using var cleanup = new ProcessGroup(processes);
        await processes[0].WaitUntilReadyAsync(Start); // the first one creates the schema
        processes.Add(ProgramProcess.StartSilo("silo 2", database.Settings));
        processes.Add(ProgramProcess.StartSilo("silo 3", database.Settings));
        processes.Add(ProgramProcess.StartGateway("gateway A", database.Settings));
        processes.Add(ProgramProcess.StartGateway("gateway B", database.Settings));
        foreach (var process in processes)
        {
            await process.WaitUntilReadyAsync(Start);
        }

        var (victim, gatewayA, gatewayB) = (processes[1], processes[3], processes[4]);
        var load = WriteLoad.Start([gatewayA.Http, gatewayB.Http], plan.Writers, Prefix, plan.ProjectsEach);
        var broken = new List<string>();
        if (!await load.EveryProjectAcknowledgedAsync(plan.Patience))
        {
            broken.Add($"not every project was acknowledged within {plan.Patience} before the kill");
        }

        await Task.Delay(plan.Before);
        var mark = load.Mark;
        var clock = Stopwatch.StartNew();
        victim.Kill();
        var recovered = await load.EveryProjectAcknowledgedAfterAsync(mark, plan.Patience);
        var recovery = clock.Elapsed;
        if (!recovered)
        {
            broken.Add($"not every project was acknowledged again within {plan.Patience} of the kill");
        }

        await Task.Delay(plan.After);
        await load.StopAsync();
        broken.AddRange(processes.Where(p => p != victim && p.HasExited).Select(p => $"{p.Name} exited with {p.ExitCode}"));
        var readBack = await ReadBack.CheckAsync(gatewayB.Http, load, Prefix);
        return new FaultFigures(
            $"SIGKILL of one silo of three (PostgreSQL, two gateways, {plan.Writers} writers)",
            load.Answers,
            readBack,
            string.Create(CultureInfo.InvariantCulture, $"every project acknowledged again {recovery.TotalSeconds:0.0} s after the kill; {mark} writes acknowledged before it"),
            broken);
    }
}

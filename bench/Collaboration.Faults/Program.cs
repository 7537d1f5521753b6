using System.Globalization;
using Collaboration.ServiceDefaults.Storage;
using Collaboration.Testing;
using Collaboration.Testing.Faults;

// The fault suite: the fault tests' drills, longer, one after another, each on a fresh database
// and its own processes on loopback. Run by eng/faults.sh, which builds in Release and starts a
// throwaway PostgreSQL server. Prints each drill's figures and a summary; exits 1 when a drill
// lost an acknowledged write, found the journal out of step, heard a 5xx other than 503 or a 503
// without Retry-After, or did not recover.
var seconds = TimeSpan.FromSeconds(Setting("--seconds", 30));
var outage = TimeSpan.FromSeconds(Setting("--outage", 30));
var writers = Setting("--writers", 16);
var clients = Setting("--clients", 512);
var pool = Setting("--pool", PoolExhaustionDrill.PoolSize);
var patience = TimeSpan.FromMinutes(3);
if (Environment.GetEnvironmentVariable(PostgresServer.Variable) is not { Length: > 0 })
{
    Console.Error.WriteLine($"{PostgresServer.Variable} is not set: run ./eng/faults.sh, which starts a throwaway PostgreSQL server.");
    return 2;
}

var kill = new FaultPlan(writers, ProjectsEach: 16, Before: seconds, Fault: TimeSpan.Zero, After: seconds, patience);
var drills = new (string Name, Func<Task<FaultFigures>> Run)[]
{
    ("silo-sqlite", () => SiloKillDrill.RunAsync(StorageProvider.Sqlite, kill)),
    ("silo-postgres", () => SiloKillDrill.RunAsync(StorageProvider.Postgres, kill)),
    ("cluster", () => ClusterKillDrill.RunAsync(kill)),
    ("database-stop", () => DatabaseStopDrill.RunAsync(new FaultPlan(Math.Max(1, writers / 4), ProjectsEach: 16, Before: seconds / 3, Fault: outage, After: seconds / 3, patience))),
    ("pool", () => PoolExhaustionDrill.RunAsync(new FaultPlan(clients, ProjectsEach: 4, TimeSpan.Zero, Fault: seconds * 2, TimeSpan.Zero, patience), poolSize: pool)),
};
var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault();

Console.WriteLine($"Fault suite: {Environment.ProcessorCount} cores shared by the load and every process; all on 127.0.0.1.");
var results = new List<FaultFigures>();
foreach (var (name, run) in drills.Where(d => only is null || d.Name == only))
{
    Console.WriteLine();
    var figures = await run();
    results.Add(figures);
    Console.WriteLine(figures);
}

Console.WriteLine();
Console.WriteLine("Summary");
foreach (var figures in results)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  {(figures.Failures.Count == 0 ? "OK  " : "FAIL")} {figures.Scenario}: acknowledged {figures.ReadBack.Acknowledged}, read back {figures.ReadBack.Read}, lost {figures.ReadBack.Lost.Count}, 503 {figures.Answers[System.Net.HttpStatusCode.ServiceUnavailable]}, max latency {figures.Answers.Slowest.TotalSeconds:0.00} s"));
}

return results.All(f => f.Failures.Count == 0) ? 0 : 1;

int Setting(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

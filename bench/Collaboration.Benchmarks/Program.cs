using System.Globalization;
using Collaboration.Benchmarks;
using Collaboration.ServiceDefaults.Storage;

// Writes per second and latency of one persisted operation through the gateway, on SQLite and on
// PostgreSQL, next to the raw single-row upsert rate of the same database. Run by eng/bench.sh,
// which builds in Release and starts a throwaway PostgreSQL server.
if (args.Contains("report"))
{
    // Every figure beside its ceiling, as one table, a CSV and a chart: ./eng/bench.sh report [--seconds 20] [--quick]
    await Report.RunAsync(ReportSizes.Parse(args));
    return;
}

if (args.Contains("peers"))
{
    // Regions together: ./eng/bench.sh peers [--changes 200] [--queries 500]
    await PeerFigures.RunAsync(Setting("--changes", 200), Setting("--queries", 500));
    return;
}

if (args.Contains("memory"))
{
    // Active grains in one silo: ./eng/bench.sh memory [--grains 100000] [--clients 32]
    await MemoryFigures.RunAsync(Setting("--grains", 100_000), Setting("--clients", 32));
    return;
}

if (args.Contains("lists"))
{
    // Lists and registers at scale: ./eng/bench.sh lists [--objects 10000] [--others 10000] [--clients 32] [--queries 200]
    await ListFigures.RunAsync(Setting("--objects", 10000), Setting("--others", Setting("--objects", 10000)), Setting("--clients", 32), Setting("--queries", 200));
    return;
}

if (args.Contains("forums"))
{
    // A change to an old forum beside the same change to a new one: ./eng/bench.sh forums [--years 10] [--changes 200]
    await ForumAgeFigures.RunAsync(Setting("--years", 10), Setting("--changes", 200));
    return;
}

var seconds = Setting("--seconds", 20);
var clients = Setting("--clients", 32);
var duration = TimeSpan.FromSeconds(seconds);
var warmup = TimeSpan.FromSeconds(Setting("--warmup", 10));
// --writes adonet|grouped|both (the default): Orleans' ADO.NET provider, the grouped writes, or
// each store with the one and then the other, back to back, so the two print side by side.
var writes = Choice("--writes", "both") switch
{
    "both" => new[] { StorageWrites.AdoNet, StorageWrites.Grouped },
    var one => [Enum.Parse<StorageWrites>(one, ignoreCase: true)],
};
var scenarios = WriteStores.Scenarios(writes);

Console.WriteLine($"Persisted write through the gateway: PUT /api/projects/{{id}} over {WriteScenario.Projects} projects, {clients} concurrent clients, {seconds} s per figure after {warmup.TotalSeconds:0} s of unmeasured writes, {Environment.ProcessorCount} cores shared by load and server.");
Console.WriteLine($"Hook: {WriteScenario.HookWrites} writes one at a time to new projects, from sending each write to its webhook's arrival at a receiver on loopback.");
Console.WriteLine("Feed: every change read back from the start over HTTP, 1,000 a page, right after the writes.");
Console.WriteLine("Raw: a plain loop of single-row upserts (own transaction each) of a payload the size of the stored state, same database; SQLite with one connection.");
Console.WriteLine();
Console.WriteLine("Ceilings: the same PUT to a plain ASP.NET Core service upserting the body as one row (SQLite: one shared connection), and a GET of one project without a token beside bare Kestrel returning that body as a constant; both in this process, after the silo has stopped.");
Console.WriteLine();
Console.WriteLine(WriteFigures.Header);
var figures = new List<WriteFigures>();
foreach (var scenario in scenarios)
{
    figures.Add(await scenario.RunAsync(clients, duration, warmup));
    Console.WriteLine(figures[^1]);
}

Console.WriteLine();
Console.WriteLine(WriteFigures.CeilingHeader);
foreach (var line in figures.SelectMany(f => f.CeilingLines))
{
    Console.WriteLine(line);
}

string Choice(string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}

int Setting(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

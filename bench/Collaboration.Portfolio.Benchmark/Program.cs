using System.Globalization;
using Collaboration.Portfolio.Benchmark;
using Collaboration.Testing;
using Microsoft.Extensions.DependencyInjection;

// Seeds a portfolio of projects and funding applications across 357 municipalities into a fresh
// system on loopback ports, then measures the filtered portfolio query over HTTP, how long a
// change takes to show in it, and how long the portfolio takes to rebuild after a restart.
var options = BenchmarkOptions.Parse(args);
using var data = new TempFolder();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Portfolio benchmark: {options.Projects} projects + {options.Applications} applications over {Seeder.MunicipalityCount} municipalities, {Environment.ProcessorCount} cores"));

await using (var system = await RunningSilo.StartAsync(data.Path))
{
    var seeding = await new Seeder(system.Services.GetRequiredService<IGrainFactory>(), options).SeedAsync();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Seeded in {seeding.TotalSeconds:0.0} s"));

    var count = await QueryBenchmark.CountAsync(system.Http);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Portfolio entries: {count}"));
    (await QueryBenchmark.RunAsync(system.Http, options.Queries)).Print("Filtered query over HTTP (sequential)");
    (await ChangeBenchmark.RunAsync(system.Http, options.Changes, options.Projects)).Print("Change visible in the portfolio, from sending the change");
}

await using (var restarted = await RunningSilo.StartAsync(data.Path))
{
    var rebuild = await QueryBenchmark.UntilCompleteAsync(restarted.Http);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Rebuild after restart: {rebuild.Entries} entries complete {rebuild.Elapsed.TotalSeconds:0.0} s after the process was ready"));
}

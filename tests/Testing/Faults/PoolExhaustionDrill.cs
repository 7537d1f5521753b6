using System.Globalization;
using System.Net;
using Collaboration.ServiceDefaults.Storage;
using Npgsql;

namespace Collaboration.Testing.Faults;

/// <summary>
/// Far more concurrent clients than database connections: one silo on PostgreSQL whose connection
/// pool holds a few connections (<see cref="PoolSize"/> unless told), and as many concurrent HTTP clients as the plan
/// has writers, each on a connection of its own, writing a project and reading it back. Every
/// answer must be a success or a 503 problem+json with Retry-After (never another 5xx), the
/// process must stay up, and afterwards serve a write and a read as usual and be ready.
/// </summary>
public static class PoolExhaustionDrill
{
    /// <summary>Connections per pool, far below the clients.</summary>
    public const int PoolSize = 8;

    private const string Prefix = "pool";

    /// <summary>
    /// Runs the drill on a fresh PostgreSQL database: the plan's fault time, or until
    /// <paramref name="requests"/> requests were answered when that is above 0 (the short form).
    /// </summary>
    public static async Task<FaultFigures> RunAsync(FaultPlan plan, int requests = 0, int poolSize = PoolSize)
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        var settings = database.Settings.ToDictionary();
        settings["Storage:ConnectionString"] = new NpgsqlConnectionStringBuilder(database.Storage.ConnectionString) { MaxPoolSize = poolSize }.ConnectionString;
        var silo = ProgramProcess.StartSilo("silo", settings);
        await using var cleanup = new ProcessGroup([silo]);
        await silo.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));

        var broken = new List<string>();
        var load = WriteLoad.Start([silo.Http], plan.Writers, Prefix, plan.ProjectsEach, readEach: true);
        if (requests > 0)
        {
            if (!await load.HeardAsync(requests, plan.Patience))
            {
                broken.Add($"fewer than {requests} requests were answered within {plan.Patience}");
            }
        }
        else
        {
            await Task.Delay(plan.Fault);
        }

        await load.StopAsync();
        if (silo.HasExited)
        {
            broken.Add($"the silo exited with {silo.ExitCode}");
        }
        else
        {
            broken.AddRange(await ServesAsUsualAsync(silo, plan.Patience));
        }

        var readBack = await ReadBack.CheckAsync(silo.Http, load, Prefix);
        return new FaultFigures(
            $"{plan.Writers} concurrent clients, a pool of {poolSize} connections (PostgreSQL, one silo)",
            load.Answers,
            readBack,
            string.Create(CultureInfo.InvariantCulture, $"answered {load.Answers[HttpStatusCode.OK] + load.Answers[HttpStatusCode.Created]} of {load.Answers.Total} requests with 200/201; the process stayed up and served as usual after"),
            broken);
    }

    // After the crowd: a new write and its read succeed, readiness is green again, liveness always was.
    private static async Task<IEnumerable<string>> ServesAsUsualAsync(ProgramProcess silo, TimeSpan patience)
    {
        var broken = new List<string>();
        var put = await Eventually.ValueAsync(
            () => silo.Http.ApiPutAsync($"/api/projects/{Prefix}-after", new { title = "Etter" }),
            answer => answer.Status is HttpStatusCode.Created or HttpStatusCode.OK,
            patience);
        if (put.Status is not (HttpStatusCode.Created or HttpStatusCode.OK))
        {
            broken.Add($"a write after the crowd answered {(int)put.Status}");
        }
        else if ((await silo.Http.ApiGetAsync($"/api/projects/{Prefix}-after")).Status != HttpStatusCode.OK)
        {
            broken.Add("a read after the crowd failed");
        }

        var ready = await Eventually.ValueAsync(() => StatusAsync(silo, "/health/ready"), status => status == HttpStatusCode.OK, patience);
        if (ready != HttpStatusCode.OK)
        {
            broken.Add($"readiness stayed {(int)ready} after the crowd");
        }

        if (await StatusAsync(silo, "/health/live") != HttpStatusCode.OK)
        {
            broken.Add("liveness was not 200 after the crowd");
        }

        return broken;
    }

    private static async Task<HttpStatusCode> StatusAsync(ProgramProcess process, string path)
    {
        using var response = await process.Http.GetAsync(path);
        return response.StatusCode;
    }
}

using System.Diagnostics;
using System.Globalization;
using Collaboration.Forums;
using Collaboration.Funding.Applications;
using Collaboration.Funding.Calls;
using Collaboration.Municipalities;
using Collaboration.Projects;

namespace Collaboration.Portfolio.Benchmark;

/// <summary>
/// Makes the benchmark's region through the grains, as the API would: 357 municipalities,
/// projects with 3–8 participants, and applications to 50 open calls with a partner that
/// accepted and one still invited. Every object reports to the portfolio as it is made.
/// </summary>
public sealed class Seeder(IGrainFactory grains, BenchmarkOptions options)
{
    public const int MunicipalityCount = 357;
    public const string Forum = "bench-region";
    public const int Calls = 50;

    public static readonly string[] Themes = ["næring", "areal", "klima", "mobilitet", "profilering", "landbruk", "kompetanse", "helse"];

    /// <summary>0301–0657: as many valid numbers as Norway has municipalities.</summary>
    public static readonly IReadOnlyList<string> Municipalities =
        [.. Enumerable.Range(301, MunicipalityCount).Select(n => n.ToString("0000", CultureInfo.InvariantCulture))];

    private static readonly ParallelOptions Parallelism = new() { MaxDegreeOfParallelism = 32 };

    public async Task<TimeSpan> SeedAsync()
    {
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Municipalities, Parallelism, async (id, _) =>
            await grains.GetGrain<IMunicipalityGrain>(id).PutAsync(new MunicipalityProfile($"Kommune {id}", "Benchmark", new Population(5000, 2024, null), [])));
        await grains.GetGrain<IForumGrain>(Forum).PutAsync(new ForumProfile("Benchmarkregionen", ForumKind.Council, null, "BR", null));

        await Parallel.ForEachAsync(Enumerable.Range(0, options.Projects), Parallelism, async (i, _) =>
        {
            await ProjectAsync(i);
            Progress("projects", i, clock);
        });

        var now = DateTimeOffset.UtcNow;
        for (var c = 0; c < Calls; c++)
        {
            await grains.GetGrain<IFundingCallGrain>(CallId(c)).PutAsync(new CallDetails("Benchmarkfondet", $"Utlysning {c}", null,
                now.AddDays(-1), now.AddDays(5 + c * 7), 1_000_000, true, [Themes[c % Themes.Length]]));
        }

        await Parallel.ForEachAsync(Enumerable.Range(0, options.Applications), Parallelism, async (i, _) =>
        {
            await ApplicationAsync(i);
            Progress("applications", i, clock);
        });
        return clock.Elapsed;
    }

    public async Task ProjectAsync(int i)
    {
        var random = new Random(i);
        var year = 2020 + (i % 8);
        var project = grains.GetGrain<IProjectGrain>(ProjectId(i));
        var profile = new ProjectProfile(string.Create(CultureInfo.InvariantCulture, $"Prosjekt {i}"), null, PickThemes(random), Forum,
            new DateOnly(year, 1, 1), new DateOnly(year + random.Next(0, 3), 12, 31), [new Projects.BudgetLine(year, random.Next(1, 100) * 10_000L)], []);
        await Retried(() => (Task)project.PutAsync(profile));
        var participants = Pick(random, random.Next(3, 9));
        foreach (var (id, index) in participants.Select((id, index) => (id, index)))
        {
            await Retried(() => (Task)project.PutParticipantAsync(new Participant(id, index == 0 ? "lead" : "participant")));
        }

        if (i % 3 != 0)
        {
            await Retried(() => (Task)project.ChangeStatusAsync(ProjectStatus.Planned));
        }

        if (i % 3 == 2)
        {
            await Retried(() => (Task)project.ChangeStatusAsync(ProjectStatus.Active));
        }
    }

    private async Task ApplicationAsync(int i)
    {
        var random = new Random(1_000_000 + i);
        var call = grains.GetGrain<IFundingCallGrain>(CallId(i % Calls));
        var id = await RetriedAnswer(() => call.NumberApplicationAsync(string.Create(CultureInfo.InvariantCulture, $"bench-application-{i}")));
        var application = grains.GetGrain<IFundingApplicationGrain>(id);
        var municipalities = Pick(random, 3);
        var created = new NewApplication(CallId(i % Calls), string.Create(CultureInfo.InvariantCulture, $"Søknad {i}"),
            new Applicant(ApplicantKind.Municipality, municipalities[0]), new PartnerShare(random.Next(1, 10) * 10_000, 50_000, "Leder"));
        await Retried(() => (Task)application.CreateAsync(created));
        await Retried(() => (Task)application.InviteAsync(municipalities[1..]));
        var partner = new PartnerShare(random.Next(1, 10) * 10_000, 25_000, "Partner");
        await Retried(() => (Task)application.AcceptAsync(municipalities[1], partner));
    }

    /// <summary>
    /// A step tried again when the database was unavailable for it: on a busy machine SQLite can
    /// time out waiting for its write lock, and a client would send the same request again.
    /// </summary>
    private static async Task<T> RetriedAnswer<T>(Func<Task<T>> step)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await step();
            }
            catch (StorageUnavailableException) when (attempt < 5)
            {
                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
        }
    }

    /// <summary>
    /// As <see cref="RetriedAnswer{T}"/>, for a step whose answer is not needed; a step refused when tried again (already created, already
    /// invited) was stored by the try that seemed to fail.
    /// </summary>
    private static async Task Retried(Func<Task> step)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await step();
                return;
            }
            catch (StorageUnavailableException) when (attempt < 5)
            {
                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
            catch (CollaborationException) when (attempt > 1)
            {
                return;
            }
        }
    }

    public static string ProjectId(int i) => string.Create(CultureInfo.InvariantCulture, $"bench-project-{i}");

    public static string CallId(int c) => string.Create(CultureInfo.InvariantCulture, $"bench-call-{c}");

    public static string[] PickThemes(Random random) =>
        random.Next(3) == 0 ? [Themes[random.Next(Themes.Length)], Themes[random.Next(Themes.Length)]] : [Themes[random.Next(Themes.Length)]];

    public static string[] Pick(Random random, int count) =>
        [.. Municipalities.OrderBy(_ => random.Next()).Take(count)];

    private static void Progress(string what, int i, Stopwatch clock)
    {
        if ((i + 1) % 1000 == 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {i + 1} {what} ({clock.Elapsed.TotalSeconds:0} s)"));
        }
    }
}

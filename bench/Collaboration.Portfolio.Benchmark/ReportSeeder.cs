using System.Diagnostics;
using System.Globalization;
using Collaboration.Funding;

namespace Collaboration.Portfolio.Benchmark;

/// <summary>
/// The region for sizes that the objects cannot be made at on this machine in a session (100 000
/// objects through SQLite take hours): the municipalities and the projects the change benchmark
/// changes are made through the grains, and every other entry is reported straight to the
/// portfolio, as the objects report themselves (the same report shapes and spreads as
/// <see cref="Seeder"/> makes), from a source of its own. What a query reads is the same; a
/// restart cannot rebuild such entries (their sources are not stored objects), so the rebuild is
/// not measured this way.
/// </summary>
public sealed class ReportSeeder(IGrainFactory grains, BenchmarkOptions options)
{
    private static readonly ParallelOptions Parallelism = new() { MaxDegreeOfParallelism = 32 };

    public async Task<TimeSpan> SeedAsync()
    {
        var clock = Stopwatch.StartNew();
        var real = Enumerable.Range(0, options.Changes).Select(i => i * 37 % options.Projects).ToHashSet();
        await new Seeder(grains, options with { Projects = 0, Applications = 0 }).SeedAsync();
        await Parallel.ForEachAsync(real, Parallelism, async (i, _) => await new Seeder(grains, options).ProjectAsync(i));

        var portfolio = grains.GetGrain<IPortfolioGrain>(IPortfolioGrain.Key);
        var now = DateTimeOffset.UtcNow;
        await Parallel.ForEachAsync(Enumerable.Range(0, options.Projects + options.Applications), Parallelism, async (n, _) =>
        {
            if (n < options.Projects && real.Contains(n))
            {
                return;
            }

            await portfolio.ReportAsync(n < options.Projects ? Project(n) : Application(n - options.Projects, now));
            if ((n + 1) % 10_000 == 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {n + 1} entries reported ({clock.Elapsed.TotalSeconds:0} s)"));
            }
        });
        return clock.Elapsed;
    }

    /// <summary>What project <paramref name="i"/> of <see cref="Seeder"/> reports once made.</summary>
    private static PortfolioReport Project(int i)
    {
        var random = new Random(i);
        var year = 2020 + (i % 8);
        var themes = Seeder.PickThemes(random);
        var to = year + random.Next(0, 3);
        var budget = random.Next(1, 100) * 10_000m;
        var participants = Seeder.Pick(random, random.Next(3, 9))
            .Select((id, index) => new PortfolioParticipant(id, index == 0 ? PortfolioRole.Lead : PortfolioRole.Participant));
        var status = (i % 3) switch { 0 => "idea", 1 => "planned", _ => "active" };
        var key = PortfolioKey.Project(Seeder.ProjectId(i));
        return new PortfolioReport($"project/{Seeder.ProjectId(i)}",
            new PortfolioItem(key, PortfolioKind.Project, string.Create(CultureInfo.InvariantCulture, $"Prosjekt {i}"), status, themes,
                Seeder.Forum, year, to, [.. participants], budget, 0, 0, []),
            null, [], []);
    }

    /// <summary>What application <paramref name="i"/> of <see cref="Seeder"/> reports: led, one partner accepted, one invited.</summary>
    private static PortfolioReport Application(int i, DateTimeOffset now)
    {
        var random = new Random(1_000_000 + i);
        var call = i % Seeder.Calls;
        var municipalities = Seeder.Pick(random, 3);
        var lead = random.Next(1, 10) * 10_000m;
        var partner = random.Next(1, 10) * 10_000m;
        var deadline = now.AddDays(5 + call * 7);
        var id = string.Create(CultureInfo.InvariantCulture, $"bench-application-{i}");
        var key = FundingPortfolio.Key(id);
        var title = string.Create(CultureInfo.InvariantCulture, $"Søknad {i}");
        return new PortfolioReport($"fundingapplication/{id}",
            new PortfolioItem(key, FundingPortfolio.Application, title, "draft", [Seeder.Themes[call % Seeder.Themes.Length]], null,
                deadline.Year, deadline.Year,
                [
                    new PortfolioParticipant(municipalities[0], PortfolioRole.Lead, lead, 0, 50_000),
                    new PortfolioParticipant(municipalities[1], PortfolioRole.Participant, partner, 0, 25_000),
                    new PortfolioParticipant(municipalities[2], PortfolioRole.Invited),
                ],
                0, lead + partner, 0, []),
            null,
            [new PortfolioDeadline(FundingPortfolio.InvitationUnanswered, deadline, title, key, municipalities[2], null, Seeder.CallId(call))],
            []);
    }
}

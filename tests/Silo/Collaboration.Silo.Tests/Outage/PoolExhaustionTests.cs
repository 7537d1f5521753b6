using Collaboration.Testing.Faults;
using Xunit.Abstractions;

namespace Collaboration.Silo.Tests.Outage;

/// <summary>
/// The short form of the fault suite's pool drill (eng/faults.sh runs it longer): 512 concurrent
/// clients, each on its own connection, write and read against one silo whose PostgreSQL pool has
/// 8 connections. Every answer is a success or a 503 problem+json with Retry-After, never a 500
/// or a dropped connection; the process stays up and afterwards serves and is ready as usual.
/// </summary>
public sealed class PoolExhaustionTests(ITestOutputHelper output)
{
    private const int Clients = 512;

    private static readonly FaultPlan Short = new(
        Writers: Clients, ProjectsEach: 1, Before: TimeSpan.Zero, Fault: TimeSpan.Zero, After: TimeSpan.Zero, Patience: TimeSpan.FromMinutes(2));

    [Fact]
    public async Task Clients_beyond_the_connection_pool_get_answers_or_503_and_the_silo_serves_on()
    {
        // At least one write and one read per client.
        var figures = await PoolExhaustionDrill.RunAsync(Short, requests: 2 * Clients);
        output.WriteLine(figures.ToString());

        Assert.Empty(figures.Failures);
        Assert.Equal(0, figures.Answers.None);
        Assert.True(figures.Answers.Total >= 2 * Clients, $"{figures.Answers}");
        Assert.Equal(figures.ReadBack.Acknowledged, figures.ReadBack.Read);
    }
}

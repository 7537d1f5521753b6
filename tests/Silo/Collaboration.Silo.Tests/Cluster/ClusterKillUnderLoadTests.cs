using Collaboration.Testing.Faults;
using Xunit.Abstractions;

namespace Collaboration.Silo.Tests.Cluster;

/// <summary>
/// The short form of the fault suite's cluster drill (eng/faults.sh runs it longer): one silo of
/// three killed with SIGKILL while writers send through two gateways. Every acknowledged write
/// reads back, and the change feed has exactly one record of every version stored.
/// </summary>
public sealed class ClusterKillUnderLoadTests(ITestOutputHelper output)
{
    private static readonly FaultPlan Short = new(
        Writers: 8, ProjectsEach: 6, Before: TimeSpan.FromSeconds(4), Fault: TimeSpan.Zero, After: TimeSpan.FromSeconds(2), Patience: TimeSpan.FromMinutes(2));

    [Fact]
    public async Task A_silo_killed_under_write_load_loses_no_acknowledged_write_nor_its_journal_record()
    {
        var figures = await ClusterKillDrill.RunAsync(Short);
        output.WriteLine(figures.ToString());

        // Recovery (every project acknowledged again after the kill), no loss, the journal, no 500.
        Assert.Empty(figures.Failures);
        Assert.True(figures.ReadBack.Acknowledged > 2 * Short.Writers * Short.ProjectsEach, $"too few writes acknowledged: {figures.Answers}");
        Assert.Equal(figures.ReadBack.Acknowledged, figures.ReadBack.Read);
    }
}

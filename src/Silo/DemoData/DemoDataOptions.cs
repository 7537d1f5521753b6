using Collaboration.Plugins;

namespace Collaboration.Silo.DemoData;

/// <summary>Whether and what demo data the silo loads on first start (section "DemoData").</summary>
public sealed class DemoDataOptions
{
    /// <summary>Load the demo data when the data folder has not had it yet.</summary>
    public bool Load { get; set; } = true;

    /// <summary>
    /// The demo data set (see <see cref="DemoDataSets"/>): the core's file <c>DemoData/{set}.json</c>,
    /// then each enabled plugin's part of the same set.
    /// </summary>
    public string Set { get; set; } = DemoDataSets.Trondheimsregionen;

    /// <summary>The core's file of the set, relative to the application folder.</summary>
    public string File => Path.Combine("DemoData", $"{Set}.json");
}

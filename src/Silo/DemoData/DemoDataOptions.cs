namespace Collaboration.Silo.DemoData;

/// <summary>Whether and what demo data the silo loads on first start (section "DemoData").</summary>
public sealed class DemoDataOptions
{
    /// <summary>Load the demo data when the data folder has not had it yet.</summary>
    public bool Load { get; set; } = true;

    /// <summary>The data file; relative paths are taken from the application folder.</summary>
    public string File { get; set; } = Path.Combine("DemoData", "trondheimsregionen.json");
}

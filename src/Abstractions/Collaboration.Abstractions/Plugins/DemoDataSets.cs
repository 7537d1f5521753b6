namespace Collaboration.Plugins;

/// <summary>
/// The demo data sets an installation can start with (setting <c>DemoData:Set</c>): one region each,
/// so that two installations on one machine show two regions working together.
/// </summary>
public static class DemoDataSets
{
    /// <summary>Trondheimsregionen, drawn from its minutes and talks: the default.</summary>
    public const string Trondheimsregionen = "trondheimsregionen";

    /// <summary>Bergensregionen, an illustrative second region of real municipalities, to run as a peer.</summary>
    public const string Bergensregionen = "bergensregionen";
}

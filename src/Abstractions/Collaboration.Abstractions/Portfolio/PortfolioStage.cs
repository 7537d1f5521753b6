namespace Collaboration.Portfolio;

/// <summary>
/// Where a status word stands in an entry's life, in the stages other systems share (IATI's
/// activity status), so an export can say any area's status without knowing its words.
/// </summary>
public enum PortfolioStage
{
    /// <summary>Being prepared or applied for: not begun.</summary>
    Pipeline = 1,

    /// <summary>Being carried out.</summary>
    Implementation = 2,

    /// <summary>Done, with the last reporting or payments outstanding.</summary>
    Finalisation = 3,

    /// <summary>Done.</summary>
    Closed = 4,

    /// <summary>Stopped before it was done, or never begun: cancelled, rejected, withdrawn.</summary>
    Cancelled = 5,

    /// <summary>Paused.</summary>
    Suspended = 6,
}

namespace Collaboration.Idempotency;

/// <summary>What to do with a request carrying an idempotency key.</summary>
public enum ClaimOutcome
{
    /// <summary>First use, or an earlier attempt that certainly stored nothing: run it.</summary>
    Run,

    /// <summary>Done before: send the stored answer.</summary>
    Replay,

    /// <summary>The first request with this key is still running, or may still store its change.</summary>
    Busy,

    /// <summary>The key was used for a request with another body.</summary>
    Mismatch,

    /// <summary>An earlier attempt whose answer was lost stored its changes: do not run it again.</summary>
    CarriedOut,
}

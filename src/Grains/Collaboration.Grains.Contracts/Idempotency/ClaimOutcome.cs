namespace Collaboration.Idempotency;

/// <summary>What to do with a request carrying an idempotency key.</summary>
public enum ClaimOutcome
{
    /// <summary>First use: run it.</summary>
    Run,

    /// <summary>Done before: send the stored answer.</summary>
    Replay,

    /// <summary>The first request with this key is still running.</summary>
    Busy,

    /// <summary>The key was used for a request with another body.</summary>
    Mismatch,
}

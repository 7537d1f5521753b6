namespace Collaboration.Hearings;

/// <summary>What the bodies are asked for.</summary>
public enum HearingKind
{
    /// <summary>Høring: each body gives a statement.</summary>
    Hearing,

    /// <summary>Each body decides the same proposal (likelydende vedtak).</summary>
    Decision,
}

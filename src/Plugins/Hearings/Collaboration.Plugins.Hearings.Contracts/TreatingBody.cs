namespace Collaboration.Hearings;

/// <summary>Which of a municipality's (or county's) own bodies treated the case.</summary>
public enum TreatingBody
{
    /// <summary>The municipal council.</summary>
    Kommunestyre,

    /// <summary>The city council (Trondheim's kommunestyre is its bystyre).</summary>
    Bystyre,

    /// <summary>The executive committee.</summary>
    Formannskap,

    /// <summary>Another political committee.</summary>
    Utvalg,

    /// <summary>The county council.</summary>
    Fylkesting,

    /// <summary>The county executive committee.</summary>
    Fylkesutvalg,

    /// <summary>Decided by the administration under delegated authority.</summary>
    Administrative,
}

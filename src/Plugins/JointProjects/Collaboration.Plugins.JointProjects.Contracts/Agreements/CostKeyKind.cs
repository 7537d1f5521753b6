namespace Collaboration.JointProjects.Agreements;

/// <summary>How costs are shared.</summary>
public enum CostKeyKind
{
    /// <summary>Equal parts.</summary>
    Equal,

    /// <summary>By inhabitants of the key's population year.</summary>
    PerInhabitant,

    /// <summary>By agreed fixed amounts (each pays its amount when costs equal their sum, in proportion otherwise).</summary>
    Fixed,

    /// <summary>A base amount from each, the rest by inhabitants.</summary>
    BasePlusPerInhabitant,

    /// <summary>Agreed percentages that sum to 100.</summary>
    Percentages,
}

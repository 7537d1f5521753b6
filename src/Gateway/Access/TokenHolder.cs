using Collaboration.Access;

namespace Collaboration.Gateway.Access;

/// <summary>Who a token speaks for.</summary>
/// <param name="Subject">The caller's name or system id.</param>
/// <param name="Role">One of <see cref="Roles"/>.</param>
/// <param name="Municipality">An officer's kommunenummer.</param>
/// <param name="Forum">A secretariat's forum id.</param>
public sealed record TokenHolder(string Subject, string Role, string? Municipality = null, string? Forum = null)
{
    /// <summary>The holder's problem, if the role lacks the claim it needs; null when it is complete.</summary>
    public string? Fault => Role switch
    {
        _ when !Roles.All.Contains(Role) => $"Unknown role '{Role}'; one of: {string.Join(", ", Roles.All)}.",
        Roles.Officer when string.IsNullOrEmpty(Municipality) => "An officer needs a municipality (kommunenummer).",
        Roles.Secretariat when string.IsNullOrEmpty(Forum) => "A secretariat needs a forum.",
        _ => null,
    };
}

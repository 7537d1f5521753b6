namespace Collaboration.Access;

/// <summary>
/// Who may make one change: the officers of these municipalities, the secretariats of these
/// forums and callers of these <see cref="Roles"/> (and an admin, always). No parties means an admin only.
/// </summary>
/// <param name="Municipalities">Kommunenummer of municipalities whose officers may act.</param>
/// <param name="Forums">Ids of forums whose secretariats may act.</param>
public sealed record Parties(IReadOnlyList<string> Municipalities, IReadOnlyList<string> Forums)
{
    /// <summary>Roles whose every holder may act (<see cref="Access.Roles.Peer"/> for its own webhooks, say).</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>Nobody but an admin.</summary>
    public static Parties AdminOnly { get; } = new([], []);

    /// <summary>The officers of one municipality.</summary>
    public static Parties Municipality(string kommunenummer) => new([kommunenummer], []);

    /// <summary>The secretariat of one forum (or of a forum above it); an admin only when <paramref name="forumId"/> is empty.</summary>
    public static Parties Forum(string? forumId) => string.IsNullOrEmpty(forumId) ? AdminOnly : new([], [forumId]);

    /// <summary>Every caller of one of <paramref name="roles"/>.</summary>
    public static Parties OfRoles(params string[] roles) => new([], []) { Roles = roles };
}

namespace Collaboration.Access;

/// <summary>The roles a token can carry (claim <see cref="CollaborationClaims.Role"/>).</summary>
public static class Roles
{
    /// <summary>The secretariat of a forum (claim <see cref="CollaborationClaims.Forum"/>): records its meetings, cases, decisions and follow-ups, owns its projects and adopts its fee models.</summary>
    public const string Secretariat = "secretariat";

    /// <summary>An officer of one municipality (claim <see cref="CollaborationClaims.Municipality"/>): acts for that municipality only.</summary>
    public const string Officer = "officer";

    /// <summary>Reads everything, changes nothing.</summary>
    public const string Viewer = "viewer";

    /// <summary>Another region's system: reads, changes nothing.</summary>
    public const string Peer = "peer";

    /// <summary>The operator: may do everything.</summary>
    public const string Admin = "admin";

    /// <summary>Every role, in the order above.</summary>
    public static IReadOnlyList<string> All { get; } = [Secretariat, Officer, Viewer, Peer, Admin];
}

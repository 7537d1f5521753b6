namespace Collaboration.Access;

/// <summary>The claims the API reads from a bearer token.</summary>
public static class CollaborationClaims
{
    /// <summary>Who the caller is: a person or a system.</summary>
    public const string Subject = "sub";

    /// <summary>One of <see cref="Roles"/>.</summary>
    public const string Role = "role";

    /// <summary>An officer's municipality: its kommunenummer.</summary>
    public const string Municipality = "kommunenummer";

    /// <summary>The forum whose secretariat the caller is (it covers the forum's sub-forums too).</summary>
    public const string Forum = "forum";
}

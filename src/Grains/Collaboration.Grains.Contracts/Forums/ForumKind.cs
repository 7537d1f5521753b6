namespace Collaboration.Forums;

/// <summary>What kind of body a forum is.</summary>
public enum ForumKind
{
    /// <summary>A regional council (regionråd) of mayors; members pay fees to it.</summary>
    Council,

    /// <summary>A forum of municipal directors (kommunedirektørforum / rådmannsforum).</summary>
    Directors,

    /// <summary>A professional network.</summary>
    Network,
}

using Collaboration.Journal;

namespace Collaboration.Hearings;

/// <summary>The Hearings plugin's identity.</summary>
public static class HearingsPlugin
{
    /// <summary>The name in configuration: <c>Plugins:Hearings:Enabled</c>.</summary>
    public const string Name = "Hearings";

    /// <summary>The name a hearing's state is stored and journaled under.</summary>
    public const string HearingState = "hearing";

    /// <summary>Hearings, on record with every change; public once sent, as the minutes are.</summary>
    public static IReadOnlyList<ObjectKind> Kinds { get; } =
    [
        new("hearings", HearingState, "/api/hearings", "hearing", IsPublic: true),
    ];

    /// <summary>
    /// The id of the hearing of a forum's case: the forum path with '/' as '-', then year and
    /// sequence ("trondheimsregionen-kommunedirektorforum-2022-26"). One case is sent out once.
    /// </summary>
    public static string HearingId(string forumId, int year, int sequence) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{forumId.Replace('/', '-')}-{year}-{sequence}");
}

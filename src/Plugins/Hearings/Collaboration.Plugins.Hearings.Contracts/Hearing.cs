using Collaboration.Forums;

namespace Collaboration.Hearings;

/// <summary>A hearing as everyone sees it: the matrix of bodies and answers, counted and evaluated.</summary>
/// <param name="Id">"{forum path with '-'}-{year}-{sequence}".</param>
/// <param name="ForumId">The forum whose case it is.</param>
/// <param name="Year">The case's year.</param>
/// <param name="Sequence">The case's sequence.</param>
/// <param name="CaseNumber">The case's number ("TR 1/22").</param>
/// <param name="Title">The title.</param>
/// <param name="Kind">Hearing or decision.</param>
/// <param name="Sent">The day sent.</param>
/// <param name="Deadline">When answers are due.</param>
/// <param name="Documents">The documents.</param>
/// <param name="Rule">The rule for the region's adoption.</param>
/// <param name="Status">Open or concluded.</param>
/// <param name="Bodies">The bodies asked with their answers, in the order asked.</param>
/// <param name="Summary">The outcomes counted.</param>
/// <param name="RegionalOutcome">The rule evaluated on the outcomes.</param>
/// <param name="Conclusion">The regional decision, once recorded.</param>
/// <param name="Version">Grows with every change.</param>
/// <param name="DeadlinePassed">Whether the deadline has passed.</param>
[GenerateSerializer, Immutable]
public sealed record Hearing(
    [property: Id(0)] string Id,
    [property: Id(1)] string ForumId,
    [property: Id(2)] int Year,
    [property: Id(3)] int Sequence,
    [property: Id(4)] CaseNumber CaseNumber,
    [property: Id(5)] string Title,
    [property: Id(6)] HearingKind Kind,
    [property: Id(7)] DateOnly Sent,
    [property: Id(8)] DateTimeOffset Deadline,
    [property: Id(9)] IReadOnlyList<HearingDocument> Documents,
    [property: Id(10)] AdoptionRule Rule,
    [property: Id(11)] HearingStatus Status,
    [property: Id(12)] IReadOnlyList<AskedBody> Bodies,
    [property: Id(13)] HearingSummary Summary,
    [property: Id(14)] RegionalOutcome RegionalOutcome,
    [property: Id(15)] Conclusion? Conclusion,
    [property: Id(16)] int Version,
    [property: Id(17)] bool DeadlinePassed)
{
    /// <summary>Each body's cell in the matrix.</summary>
    public BodyStatus StatusOf(AskedBody body) => body.StatusWhen(DeadlinePassed);
}

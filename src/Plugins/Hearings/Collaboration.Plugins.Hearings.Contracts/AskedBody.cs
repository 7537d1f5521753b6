namespace Collaboration.Hearings;

/// <summary>One body asked, and its answer so far.</summary>
/// <param name="BodyId">Kommunenummer, or the organisation number of another body.</param>
/// <param name="Statement">Its statement, once given.</param>
/// <param name="Treatment">Its own treatment, once recorded.</param>
/// <param name="AnsweredAt">When it last answered.</param>
/// <param name="MarkedOverdue">Whether the deadline's reminder found it unanswered.</param>
[GenerateSerializer, Immutable]
public sealed record AskedBody(
    [property: Id(0)] string BodyId,
    [property: Id(1)] Statement? Statement,
    [property: Id(2)] Treatment? Treatment,
    [property: Id(3)] DateTimeOffset? AnsweredAt,
    [property: Id(4)] bool MarkedOverdue)
{
    /// <summary>Whether it has answered in any way.</summary>
    public bool Answered => Statement is not null || Treatment is not null;

    /// <summary>Its cell in the matrix; unanswered after <paramref name="deadlinePassed"/> is overdue, marked or not.</summary>
    public BodyStatus StatusWhen(bool deadlinePassed) =>
        Treatment is not null ? BodyStatus.Decided
        : Statement is not null ? BodyStatus.Statement
        : deadlinePassed || MarkedOverdue ? BodyStatus.Overdue
        : BodyStatus.Pending;
}

namespace Collaboration.Forums;

/// <summary>The content of an agenda item as a secretariat writes it.</summary>
/// <param name="Title">The case title.</param>
/// <param name="Presenter">Who introduced it (innledet).</param>
/// <param name="Notes">Discussion notes (fra møtet).</param>
/// <param name="Decision">The decision (vedtak) as numbered points.</param>
/// <param name="References">Cases of this or another forum it refers to, by forum id or as written (TR 49/21); none may be of a later year or date than this case.</param>
/// <param name="Projects">Ids of projects it concerns.</param>
/// <param name="FollowUps">Follow-up actions decided.</param>
/// <param name="ImportedNumber">A number given by an earlier system, for importing history; otherwise null.</param>
[GenerateSerializer, Immutable]
public sealed record AgendaItemDraft(
    [property: Id(0)] string Title,
    [property: Id(1)] string? Presenter,
    [property: Id(2)] string? Notes,
    [property: Id(3)] IReadOnlyList<string> Decision,
    [property: Id(4)] IReadOnlyList<CaseReference> References,
    [property: Id(5)] IReadOnlyList<string> Projects,
    [property: Id(6)] IReadOnlyList<FollowUpDraft> FollowUps,
    [property: Id(7)] CaseNumber? ImportedNumber);

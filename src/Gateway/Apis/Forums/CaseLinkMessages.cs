using Collaboration.Api;
using Collaboration.Forums;

namespace Collaboration.Gateway.Apis.Forums;

/// <summary>Maps references between cases, and follow-up owners, between the wire and the grain contracts.</summary>
public static class CaseLinkMessages
{
    /// <summary>A request's references: the links by forum id, then the written numbers.</summary>
    public static IReadOnlyList<CaseReference> References(IEnumerable<string> written, IEnumerable<Api.V1.CaseLink> links) =>
        [.. links.Select((l, i) => ByForum(l, $"links[{i}]")), .. written.Select((w, i) => Written(w, $"references[{i}]"))];

    /// <summary>
    /// A patched case's references. Links and written numbers are two views of one list: the view
    /// the patch changed is taken (both, when it changed both), and a reference kept from the
    /// case as it was keeps the forum it was found in, so a patch never loses a link it did not touch.
    /// </summary>
    public static IReadOnlyList<CaseReference> References(Api.V1.AgendaItem patched, Api.V1.AgendaItem current)
    {
        var linksChanged = !patched.Links.Equals(current.Links);
        var writtenChanged = !patched.References.SequenceEqual(current.References);
        var links = linksChanged ? patched.Links : writtenChanged ? [] : current.Links;
        var written = writtenChanged ? patched.References : [];
        return
        [
            .. links.Select((l, i) => l.CaseNumber.Length > 0 ? Answered(l, $"links[{i}]") : ByForum(l, $"links[{i}]")),
            .. written.Select((w, i) => (Text: w, Field: $"references[{i}]"))
                .Where(w => !links.Any(l => l.CaseNumber == w.Text))
                .Select(w => current.Links.FirstOrDefault(l => l.CaseNumber == w.Text) is { } kept ? Answered(kept, w.Field) : Written(w.Text, w.Field)),
        ];
    }

    public static Api.V1.CaseLink ToMessage(this CaseLink link)
    {
        var reference = link.Case;
        var message = new Api.V1.CaseLink
        {
            ForumId = reference.ForumId ?? "",
            Year = reference.Year,
            Sequence = reference.Sequence,
            CaseNumber = reference.ToString(),
            Registered = link.Registered,
            Relation = Field.Lower(reference.Relation),
        };
        if (link.Title is { } title) message.Title = title;
        if (link.Registered && reference.ForumId is { } forum) message.Path = $"/api/forums/{forum}/cases/{reference.Year}/{reference.Sequence}";
        return message;
    }

    /// <summary>A follow-up's owner: digits name a body (a kommunenummer or an organisation number), anything else a person.</summary>
    public static FollowUpOwner? Owner(string? value, string field)
    {
        var text = Field.Text(value, field, 200);
        return text is null ? null
            : text.Replace(" ", "", StringComparison.Ordinal).All(char.IsAsciiDigit) ? FollowUpOwner.Body(Field.BodyId(text, field))
            : FollowUpOwner.Person(text);
    }

    /// <summary>Writes a follow-up's owner: the body's id with its name, or the person's name.</summary>
    public static void WriteOwner(this Api.V1.FollowUp message, FollowUpOwner? owner)
    {
        if (owner is null) return;
        message.Owner = owner.BodyId ?? owner.Name;
        if (owner.BodyId is not null) message.OwnerName = owner.Name;
    }

    private static CaseReference ByForum(Api.V1.CaseLink link, string field) => new(
        Field.ForumId(link.ForumId, field + ".forumId"), null, Field.Positive(link.Sequence, field + ".sequence"), Field.Year(link.Year, field + ".year"));

    private static CaseReference Written(string text, string field) => CaseReference.Of(Field.CaseNumber(text, field));

    // A link as an answer gave it: by its forum when it was found in one, else by its written number.
    private static CaseReference Answered(Api.V1.CaseLink link, string field) =>
        link.ForumId.Length > 0 ? ByForum(link, field) : Written(link.CaseNumber, field);
}

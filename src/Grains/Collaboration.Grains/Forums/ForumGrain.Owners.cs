using Collaboration.Organisations;

namespace Collaboration.Forums;

public sealed partial class ForumGrain
{
    /// <summary>
    /// A follow-up owned by a body names a registered one, and carries its name as registered; a
    /// person is taken as written. Invalid naming <paramref name="field"/> for a body not registered.
    /// </summary>
    private async Task<FollowUpDraft> WithOwnerAsync(FollowUpDraft draft, string field)
    {
        if (draft.Owner is not { BodyId: { } body })
        {
            return draft;
        }

        var name = await GrainFactory.NameAsync(body)
            ?? throw CollaborationException.Invalid(field, $"{body} is not a registered municipality or organisation; a follow-up's owner is one of those or a person's name.");
        return draft with { Owner = new FollowUpOwner(name, body) };
    }
}

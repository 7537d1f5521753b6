using Collaboration.Access;
using Collaboration.Hearings.Api.V1;

namespace Collaboration.Hearings.Api;

/// <summary>
/// Who may call the Hearings methods: the matrix is public once sent, as the minutes are; only
/// the forum's secretariat sends, adjusts the bodies and concludes; a municipality's officers
/// answer for their own municipality only.
/// </summary>
internal sealed class HearingsAccess : IAccessRules
{
    public void AddTo(AccessRuleSet rules)
    {
        var hearings = V1.Hearings.Descriptor;
        rules.Add(hearings, "ListHearings", AccessRule.PublicRead)
            .Add(hearings, "GetHearing", AccessRule.PublicRead)
            .Add(hearings, "SendHearing", AccessRule.Secretariat<SendHearingRequest>(r => r.ForumId))
            .Add(hearings, "PutBody", AccessRule.Change<BodyRequest>((r, grains) => SecretariatAsync(grains, r.Id)))
            .Add(hearings, "RemoveBody", AccessRule.Change<BodyRequest>((r, grains) => SecretariatAsync(grains, r.Id)))
            .Add(hearings, "Conclude", AccessRule.Change<ConcludeRequest>((r, grains) => SecretariatAsync(grains, r.Id)))
            .Add(hearings, "Answer", AccessRule.Officer<AnswerRequest>(r => r.BodyId));
    }

    private static async ValueTask<Parties> SecretariatAsync(IGrainFactory grains, string id) =>
        Parties.Forum((await grains.GetGrain<IHearingGrain>(HearingsService.Checked(id)).GetAsync()).ForumId);
}

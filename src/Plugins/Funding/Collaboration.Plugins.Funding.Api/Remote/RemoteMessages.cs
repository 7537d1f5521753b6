using Collaboration.Api;
using Collaboration.Funding.Remote;

namespace Collaboration.Funding.Api.Remote;

/// <summary>Maps invitations across regions between the wire and the grain contracts.</summary>
internal static class RemoteMessages
{
    public static string KeyOf(string peer, string applicationId, string kommunenummer) =>
        IRemoteInvitationGrain.KeyOf(Field.Slug(peer, "peer"), Field.Required(applicationId, "applicationId", 200), Field.Kommunenummer(kommunenummer, "kommunenummer"));

    public static V1.RemoteInvitation ToMessage(this RemoteInvitationView view)
    {
        var parts = view.Id.Split('/');
        var invitation = view.Invitation;
        var message = new V1.RemoteInvitation
        {
            Peer = parts[0],
            ApplicationId = invitation.ApplicationId,
            Kommunenummer = invitation.MunicipalityId,
            Region = view.Region,
            Title = invitation.Title,
            CallId = invitation.CallId,
            Deadline = Wire.Instant(invitation.Deadline),
            MaxPerMunicipality = Wire.Amount(invitation.MaxPerMunicipality),
            Lead = invitation.Lead,
            ReceivedAt = Wire.Instant(view.ReceivedAt),
            State = Field.Lower(view.State),
            Version = view.Version,
        };
        if (view.Share is { } share)
        {
            message.Share = share.ToMessage();
        }

        if (view.Answer is { } answer)
        {
            message.Answer = Field.Lower(answer);
        }

        if (view.Refusal is { } refusal)
        {
            message.Refusal = refusal;
        }

        return message;
    }
}

using Collaboration.Federation;
using Collaboration.Funding.Applications;

namespace Collaboration.Funding.Remote;

/// <summary>
/// An invitation from another region's application to one of our municipalities (key:
/// "{peer}/{application id}/{kommunenummer}"). Our officer answers here; the answer travels back
/// through our outbox and the inviting region applies its rules to it.
/// </summary>
public interface IRemoteInvitationGrain : IGrainWithStringKey, IPeerMessageOrigin
{
    /// <summary>The key of the invitation from <paramref name="peer"/>.</summary>
    static string KeyOf(string peer, string applicationId, string municipalityId) => $"{peer}/{applicationId}/{municipalityId}";

    /// <summary>Keeps the invitation as delivered; the same invitation again changes nothing.</summary>
    Task<PeerReceipt> ReceiveAsync(string peer, string region, string messageId, RemoteInvitation invitation, DateTimeOffset at);

    /// <summary>The invitation with our answer and where it stands; NotFound when none was received.</summary>
    Task<RemoteInvitationView> GetAsync();

    /// <summary>Our municipality accepts with its amounts. Conflict naming deadline after the call's deadline; naming requested above the call's maximum.</summary>
    Task<RemoteInvitationView> AcceptAsync(PartnerShare share);

    /// <summary>Our municipality declines.</summary>
    Task<RemoteInvitationView> DeclineAsync();
}

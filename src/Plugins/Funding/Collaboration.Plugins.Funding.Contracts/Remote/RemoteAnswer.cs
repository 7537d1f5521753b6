using Collaboration.Funding.Applications;

namespace Collaboration.Funding.Remote;

/// <summary>A municipality's answer to an invitation from another region (the body of a "funding.answer" message).</summary>
/// <param name="ApplicationId">The application in the inviting region.</param>
/// <param name="MunicipalityId">The municipality answering.</param>
/// <param name="Share">Its amounts and role when it accepts; null when it declines.</param>
/// <param name="Number">Which of its answers this is (1, 2 …): a changed answer is a new message.</param>
[GenerateSerializer, Immutable]
public sealed record RemoteAnswer(
    [property: Id(0)] string ApplicationId,
    [property: Id(1)] string MunicipalityId,
    [property: Id(2)] PartnerShare? Share,
    [property: Id(3)] int Number)
{
    /// <summary>The kind of message that carries it.</summary>
    public const string Kind = "funding.answer";

    /// <summary>Its message id.</summary>
    public string MessageId => $"{ApplicationId}/{MunicipalityId}/answer/{Number}";
}

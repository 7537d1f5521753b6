namespace Collaboration.Funding.Remote;

/// <summary>
/// An invitation to another region's municipality, as its installation receives it (the body of
/// a "funding.invitation" message): what the municipality needs to answer, and the rules it is held to.
/// </summary>
/// <param name="ApplicationId">The application in the inviting region.</param>
/// <param name="Title">The application's title.</param>
/// <param name="CallId">Its funding call.</param>
/// <param name="Deadline">The call's deadline: answers after it are refused.</param>
/// <param name="MaxPerMunicipality">The most one municipality may request.</param>
/// <param name="Lead">Who leads: a forum id or a kommunenummer of the inviting region.</param>
/// <param name="MunicipalityId">The municipality invited (kommunenummer).</param>
[GenerateSerializer, Immutable]
public sealed record RemoteInvitation(
    [property: Id(0)] string ApplicationId,
    [property: Id(1)] string Title,
    [property: Id(2)] string CallId,
    [property: Id(3)] DateTimeOffset Deadline,
    [property: Id(4)] decimal MaxPerMunicipality,
    [property: Id(5)] string Lead,
    [property: Id(6)] string MunicipalityId)
{
    /// <summary>The kind of message that carries it.</summary>
    public const string Kind = "funding.invitation";

    /// <summary>Its message id: one invitation per application and municipality.</summary>
    public string MessageId => MessageIdOf(ApplicationId, MunicipalityId);

    /// <summary>The message id of the invitation of <paramref name="municipalityId"/> to <paramref name="applicationId"/>.</summary>
    public static string MessageIdOf(string applicationId, string municipalityId) => $"{applicationId}/{municipalityId}/invitation";
}

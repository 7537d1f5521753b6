namespace Collaboration.Gateway.Tests.Versions;

/// <summary>The core's kinds over gRPC. A path's segments: ["api", "forums", forum, "cases", year, sequence].</summary>
public static class GrpcCoreKinds
{
    public static IEnumerable<GrpcEditableKind> All { get; } =
    [
        new("municipality", "name",
            async (c, p) => await new Api.V1.Municipalities.MunicipalitiesClient(c).GetMunicipalityAsync(new() { Kommunenummer = p[2] }),
            async (c, p, value, version) => await new Api.V1.Municipalities.MunicipalitiesClient(c).PatchMunicipalityAsync(new()
            {
                Kommunenummer = p[2], Municipality = new() { Name = value }, UpdateMask = GrpcEditableKind.Mask("name"), Version = version,
            })),
        new("organisation", "name",
            async (c, p) => await new Api.V1.Organisations.OrganisationsClient(c).GetOrganisationAsync(new() { OrganisationNumber = p[2] }),
            async (c, p, value, version) => await new Api.V1.Organisations.OrganisationsClient(c).PatchOrganisationAsync(new()
            {
                OrganisationNumber = p[2], Organisation = new() { Name = value }, UpdateMask = GrpcEditableKind.Mask("name"), Version = version,
            })),
        new("forum", "description",
            async (c, p) => await new Api.V1.Forums.ForumsClient(c).GetForumAsync(new() { Id = p[2] }),
            async (c, p, value, version) => await new Api.V1.Forums.ForumsClient(c).PatchForumAsync(new()
            {
                Id = p[2], Forum = new() { Description = value }, UpdateMask = GrpcEditableKind.Mask("description"), Version = version,
            })),
        new("member", "until",
            async (c, p) => await new Api.V1.Forums.ForumsClient(c).GetMemberAsync(new() { Id = p[2], MemberId = p[4] }),
            async (c, p, value, version) => await new Api.V1.Forums.ForumsClient(c).PatchMemberAsync(new()
            {
                Id = p[2], MemberId = p[4], Member = new() { Until = Date(value) }, UpdateMask = GrpcEditableKind.Mask("until"), Version = version,
            })),
        new("meeting", "place",
            async (c, p) => await new Api.V1.Forums.ForumsClient(c).GetMeetingAsync(new() { Id = p[2], MeetingId = p[4] }),
            async (c, p, value, version) => await new Api.V1.Forums.ForumsClient(c).PatchMeetingAsync(new()
            {
                Id = p[2], MeetingId = p[4], Meeting = new() { Place = value }, UpdateMask = GrpcEditableKind.Mask("place"), Version = version,
            })),
        new("case", "notes",
            async (c, p) => await new Api.V1.Forums.ForumsClient(c).GetCaseAsync(new() { Id = p[2], Year = Number(p[4]), Sequence = Number(p[5]) }),
            async (c, p, value, version) => await new Api.V1.Forums.ForumsClient(c).PatchCaseAsync(new()
            {
                Id = p[2], Year = Number(p[4]), Sequence = Number(p[5]), Case = new() { Notes = value },
                UpdateMask = GrpcEditableKind.Mask("notes"), Version = version,
            })),
        new("follow-up", "assignee",
            async (c, p) => await new Api.V1.Forums.ForumsClient(c).GetFollowUpAsync(new() { Id = p[2], FollowUpId = Number(p[4]) }),
            async (c, p, value, version) => await new Api.V1.Forums.ForumsClient(c).PatchFollowUpAsync(new()
            {
                Id = p[2], FollowUpId = Number(p[4]), FollowUp = new() { Assignee = value }, UpdateMask = GrpcEditableKind.Mask("assignee"), Version = version,
            })),
        new("project", "description",
            async (c, p) => await new Api.V1.Projects.ProjectsClient(c).GetProjectAsync(new() { Id = p[2] }),
            async (c, p, value, version) => await new Api.V1.Projects.ProjectsClient(c).PatchProjectAsync(new()
            {
                Id = p[2], Project = new() { Description = value }, UpdateMask = GrpcEditableKind.Mask("description"), Version = version,
            })),
        new("participant", "role",
            async (c, p) => await new Api.V1.Projects.ProjectsClient(c).GetParticipantAsync(new() { Id = p[2], Kommunenummer = p[4] }),
            async (c, p, value, version) => await new Api.V1.Projects.ProjectsClient(c).PatchParticipantAsync(new()
            {
                Id = p[2], Kommunenummer = p[4], Participant = new() { Role = value }, UpdateMask = GrpcEditableKind.Mask("role"), Version = version,
            })),
    ];

    private static int Number(string segment) => int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture);

    // A date field gets a date made from the test's text, so both values stay valid.
    private static string Date(string value) => $"20{30 + (value.GetHashCode(StringComparison.Ordinal) & 7)}-12-31";
}

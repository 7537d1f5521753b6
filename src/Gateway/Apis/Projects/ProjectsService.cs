using Collaboration.Api;
using Collaboration.Api.V1;
using Collaboration.Journal;
using Collaboration.Projects;
using Collaboration.Registers;
using Grpc.Core;

namespace Collaboration.Gateway.Apis.Projects;

/// <summary>The Projects API: maps requests to project grains.</summary>
public sealed class ProjectsService(IGrainFactory grains) : Api.V1.Projects.ProjectsBase
{
    public override async Task<ListProjectsResponse> ListProjects(ListProjectsRequest request, ServerCallContext context)
    {
        var projects = await grains.ReadAllAsync<IProjectGrain, Collaboration.Projects.Project>(Register.Projects, g => g.GetAsync(),
            ChangedSince.Of(request.ModifiedSince, request.CreatedSince), CoreKinds.ProjectState);
        var response = new ListProjectsResponse();
        response.Projects.AddRange(projects.Select(p => p.ToMessage()));
        return response;
    }

    public override async Task<Api.V1.Project> GetProject(GetProjectRequest request, ServerCallContext context) =>
        (await Project(request.Id).GetAsync()).ToMessage();

    public override Task<Api.V1.Project> PutProject(PutProjectRequest request, ServerCallContext context)
    {
        var project = Project(request.Id);
        var profile = request.ToProfile();
        return context.PutAsync(request.HasVersion ? request.Version : null, $"/api/projects/{request.Id}",
            async () => (await project.PutAsync(profile)).ToMessage(),
            async () => (await project.GetAsync()).ToMessage());
    }

    public override Task<Api.V1.Project> PatchProject(PatchProjectRequest request, ServerCallContext context)
    {
        var project = Project(request.Id);
        return context.PatchAsync(request.Project, request.UpdateMask, request.HasVersion ? request.Version : null, ProjectMessages.ProjectFields,
            async () => (await project.GetAsync()).ToMessage(),
            async patched => (await project.PutAsync(patched.ToProfile())).ToMessage());
    }

    public override async Task<ListParticipantsResponse> ListParticipants(ListParticipantsRequest request, ServerCallContext context)
    {
        var response = new ListParticipantsResponse();
        response.Participants.AddRange((await Project(request.Id).GetAsync()).Participants.Select(p => p.ToMessage()));
        return response;
    }

    public override Task<Api.V1.Participant> GetParticipant(GetParticipantRequest request, ServerCallContext context) =>
        ReadParticipantAsync(Project(request.Id), Field.Kommunenummer(request.Kommunenummer));

    public override Task<Api.V1.Participant> PutParticipant(PutParticipantRequest request, ServerCallContext context)
    {
        var project = Project(request.Id);
        var participant = ProjectMessages.ToParticipant(request.Kommunenummer, request.Role);
        return context.PutAsync(request.HasVersion ? request.Version : null, $"/api/projects/{request.Id}/participants/{participant.MunicipalityId}",
            () => PutParticipantAsync(project, participant),
            () => ReadParticipantAsync(project, participant.MunicipalityId));
    }

    public override Task<Api.V1.Participant> PatchParticipant(PatchParticipantRequest request, ServerCallContext context)
    {
        var project = Project(request.Id);
        var kommunenummer = Field.Kommunenummer(request.Kommunenummer);
        return context.PatchAsync(request.Participant, request.UpdateMask, request.HasVersion ? request.Version : null, ProjectMessages.ParticipantFields,
            () => ReadParticipantAsync(project, kommunenummer),
            patched => PutParticipantAsync(project, ProjectMessages.ToParticipant(kommunenummer, patched.Role)));
    }

    public override Task<Api.V1.Project> RemoveParticipant(RemoveParticipantRequest request, ServerCallContext context)
    {
        var project = Project(request.Id);
        var kommunenummer = Field.Kommunenummer(request.Kommunenummer);
        return context.ChangeAsync(request.HasVersion ? request.Version : null,
            async () => (await project.RemoveParticipantAsync(kommunenummer)).ToMessage(),
            async () => (await project.GetAsync()).ToMessage());
    }

    public override Task<Api.V1.Project> ChangeStatus(ChangeStatusRequest request, ServerCallContext context)
    {
        var project = Project(request.Id);
        var status = Field.Enum<ProjectStatus>(request.Status, "status");
        return context.ChangeAsync(request.HasVersion ? request.Version : null,
            async () => (await project.ChangeStatusAsync(status)).ToMessage(),
            async () => (await project.GetAsync()).ToMessage());
    }

    private static async Task<Api.V1.Participant> PutParticipantAsync(IProjectGrain project, Collaboration.Projects.Participant participant) =>
        (await project.PutParticipantAsync(participant)).Participants.Single(p => p.MunicipalityId == participant.MunicipalityId).ToMessage();

    private static async Task<Api.V1.Participant> ReadParticipantAsync(IProjectGrain project, string kommunenummer) =>
        ((await project.GetAsync()).Participants.FirstOrDefault(p => p.MunicipalityId == kommunenummer)
            ?? throw CollaborationException.NotFound($"Municipality {kommunenummer} does not take part.")).ToMessage();

    private IProjectGrain Project(string id) => grains.GetGrain<IProjectGrain>(Field.Slug(id));
}

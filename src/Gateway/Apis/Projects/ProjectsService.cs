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

    public override async Task<Api.V1.Project> PutProject(PutProjectRequest request, ServerCallContext context)
    {
        var project = Project(request.Id);
        return (await project.PutAsync(request.ToProfile())).ToMessage();
    }

    public override async Task<ListParticipantsResponse> ListParticipants(ListParticipantsRequest request, ServerCallContext context)
    {
        var response = new ListParticipantsResponse();
        response.Participants.AddRange((await Project(request.Id).GetAsync()).Participants.Select(p => p.ToMessage()));
        return response;
    }

    public override async Task<Api.V1.Project> PutParticipant(PutParticipantRequest request, ServerCallContext context)
    {
        var project = Project(request.Id);
        var participant = new Collaboration.Projects.Participant(
            Field.Kommunenummer(request.Kommunenummer),
            Field.Text(request.Role, "role", 100) ?? "participant");
        return (await project.PutParticipantAsync(participant)).ToMessage();
    }

    public override async Task<Api.V1.Project> RemoveParticipant(RemoveParticipantRequest request, ServerCallContext context)
    {
        var project = Project(request.Id);
        return (await project.RemoveParticipantAsync(Field.Kommunenummer(request.Kommunenummer))).ToMessage();
    }

    public override async Task<Api.V1.Project> ChangeStatus(ChangeStatusRequest request, ServerCallContext context)
    {
        var project = Project(request.Id);
        return (await project.ChangeStatusAsync(Field.Enum<ProjectStatus>(request.Status, "status"))).ToMessage();
    }

    private IProjectGrain Project(string id) => grains.GetGrain<IProjectGrain>(Field.Slug(id));
}

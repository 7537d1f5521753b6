using Collaboration.Api;
using Collaboration.Api.V1;
using Collaboration.Journal;
using Collaboration.Organisations;
using Collaboration.Projects;
using Collaboration.Registers;
using Grpc.Core;

namespace Collaboration.Gateway.Apis.Projects;

/// <summary>The Projects API: maps requests to project grains; participants are answered with their bodies' names.</summary>
public sealed class ProjectsService(IGrainFactory grains) : Api.V1.Projects.ProjectsBase
{
    public override async Task<ListProjectsResponse> ListProjects(ListProjectsRequest request, ServerCallContext context)
    {
        var page = await grains.ReadPageAsync<IProjectGrain, Collaboration.Projects.Project>(Register.Projects,
            ListPage.Of(request.HasAfter ? request.After : null, request.HasLimit ? request.Limit : null), g => g.GetAsync(),
            ChangedSince.Of(request.ModifiedSince, request.CreatedSince), CoreKinds.ProjectState);
        var names = await grains.NamesAsync(page.Items.SelectMany(p => p.Participants).Select(p => p.MunicipalityId));
        var response = new ListProjectsResponse();
        if (page.Next is { } next)
        {
            response.Next = next;
        }

        response.Projects.AddRange(page.Items.Select(p => p.ToMessage(names)));
        return response;
    }

    public override Task<Api.V1.Project> GetProject(GetProjectRequest request, ServerCallContext context) =>
        AnswerAsync(Project(request.Id).GetAsync());

    public override Task<Api.V1.Project> PutProject(PutProjectRequest request, ServerCallContext context)
    {
        var project = Project(request.Id);
        var profile = request.ToProfile();
        return context.PutAsync(request.HasVersion ? request.Version : null, $"/api/projects/{request.Id}",
            () => AnswerAsync(project.PutAsync(profile)),
            () => AnswerAsync(project.GetAsync()));
    }

    public override Task<Api.V1.Project> PatchProject(PatchProjectRequest request, ServerCallContext context)
    {
        var project = Project(request.Id);
        return context.PatchAsync(request.Project, request.UpdateMask, request.HasVersion ? request.Version : null, ProjectMessages.ProjectFields,
            () => AnswerAsync(project.GetAsync()),
            patched => AnswerAsync(project.PutAsync(patched.ToProfile())));
    }

    public override async Task<ListParticipantsResponse> ListParticipants(ListParticipantsRequest request, ServerCallContext context)
    {
        var response = new ListParticipantsResponse();
        response.Participants.AddRange((await AnswerAsync(Project(request.Id).GetAsync())).Participants);
        return response;
    }

    public override Task<Api.V1.Participant> GetParticipant(GetParticipantRequest request, ServerCallContext context) =>
        ReadParticipantAsync(Project(request.Id), Field.BodyId(request.Kommunenummer, "kommunenummer"));

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
        var id = Field.BodyId(request.Kommunenummer, "kommunenummer");
        return context.PatchAsync(request.Participant, request.UpdateMask, request.HasVersion ? request.Version : null, ProjectMessages.ParticipantFields,
            () => ReadParticipantAsync(project, id),
            patched => PutParticipantAsync(project, ProjectMessages.ToParticipant(id, patched.Role)));
    }

    public override Task<Api.V1.Project> RemoveParticipant(RemoveParticipantRequest request, ServerCallContext context)
    {
        var project = Project(request.Id);
        var id = Field.BodyId(request.Kommunenummer, "kommunenummer");
        return context.ChangeAsync(request.HasVersion ? request.Version : null,
            () => AnswerAsync(project.RemoveParticipantAsync(id)),
            () => AnswerAsync(project.GetAsync()));
    }

    public override Task<Api.V1.Project> ChangeStatus(ChangeStatusRequest request, ServerCallContext context)
    {
        var project = Project(request.Id);
        var status = Field.Enum<ProjectStatus>(request.Status, "status");
        return context.ChangeAsync(request.HasVersion ? request.Version : null,
            () => AnswerAsync(project.ChangeStatusAsync(status)),
            () => AnswerAsync(project.GetAsync()));
    }

    private async Task<Api.V1.Project> AnswerAsync(Task<Collaboration.Projects.Project> call)
    {
        var project = await call;
        return project.ToMessage(await grains.NamesAsync(project.Participants.Select(p => p.MunicipalityId)));
    }

    private Task<Api.V1.Participant> PutParticipantAsync(IProjectGrain project, Collaboration.Projects.Participant participant) =>
        AnswerParticipantAsync(project.PutParticipantAsync(participant), participant.MunicipalityId);

    private Task<Api.V1.Participant> ReadParticipantAsync(IProjectGrain project, string id) =>
        AnswerParticipantAsync(project.GetAsync(), id);

    private async Task<Api.V1.Participant> AnswerParticipantAsync(Task<Collaboration.Projects.Project> call, string id)
    {
        var participant = (await call).Participants.FirstOrDefault(p => p.MunicipalityId == id)
            ?? throw CollaborationException.NotFound($"{id} does not take part.");
        return participant.ToMessage(await grains.NameAsync(id));
    }

    private IProjectGrain Project(string id) => grains.GetGrain<IProjectGrain>(Field.Slug(id));
}

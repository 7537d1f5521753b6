using Collaboration.Api;
using Collaboration.JointProjects.Agreements;
using Collaboration.Organisations;
using Google.Api;
using Google.Protobuf;
using Grpc.Core;

namespace Collaboration.JointProjects.Api;

/// <summary>The JointProjects API: maps requests to the joint-project grain.</summary>
internal sealed class JointProjectsService(IGrainFactory grains) : V1.JointProjects.JointProjectsBase
{
    public override Task<V1.JointProject> GetJointProject(V1.JointProjectRequest request, ServerCallContext context) =>
        AnswerAsync(Project(request.Id).GetAsync());

    public override Task<V1.JointProject> Invite(V1.InviteRequest request, ServerCallContext context)
    {
        var municipalities = request.Municipalities.Select((m, i) => Field.Kommunenummer(m, $"municipalities[{i}]")).ToList();
        return Change(context, request.Id, request.HasVersion ? request.Version : null, project => project.InviteAsync(municipalities));
    }

    public override Task<V1.JointProject> Accept(V1.ParticipantRequest request, ServerCallContext context)
    {
        var kommunenummer = Field.Kommunenummer(request.Kommunenummer);
        return Change(context, request.Id, request.HasVersion ? request.Version : null, project => project.AnswerAsync(kommunenummer, accept: true));
    }

    public override Task<V1.JointProject> Decline(V1.ParticipantRequest request, ServerCallContext context)
    {
        var kommunenummer = Field.Kommunenummer(request.Kommunenummer);
        return Change(context, request.Id, request.HasVersion ? request.Version : null, project => project.AnswerAsync(kommunenummer, accept: false));
    }

    public override Task<V1.JointProject> SetKey(V1.SetKeyRequest request, ServerCallContext context)
    {
        var key = request.ToKey();
        return Change(context, request.Id, request.HasVersion ? request.Version : null, project => project.SetKeyAsync(key));
    }

    public override Task<V1.JointProject> AdoptKey(V1.AdoptKeyRequest request, ServerCallContext context)
    {
        var decision = request.HasCaseNumber ? Field.CaseNumber(request.CaseNumber, "caseNumber") : null;
        return Change(context, request.Id, request.HasVersion ? request.Version : null, project => project.AdoptKeyAsync(decision));
    }

    public override async Task<V1.Agreement> GetAgreement(V1.AgreementRequest request, ServerCallContext context) =>
        (await Project(request.Id).GetAgreementAsync(Field.Positive(request.Version, "version"))).ToMessage();

    public override Task<V1.JointProject> SetBudget(V1.SetBudgetRequest request, ServerCallContext context)
    {
        var lines = JointProjectMessages.ToLines(request.Lines);
        return Change(context, request.Id, request.HasVersion ? request.Version : null, project => project.SetBudgetAsync(lines));
    }

    public override Task<V1.JointProject> SetActualCosts(V1.SetActualCostsRequest request, ServerCallContext context)
    {
        var year = Field.Year(request.Year, "year");
        var lines = JointProjectMessages.ToLines(request.Lines, year);
        return Change(context, request.Id, request.HasVersion ? request.Version : null, project => project.SetActualCostsAsync(year, lines));
    }

    public override async Task<V1.Allocation> Allocate(V1.AllocationRequest request, ServerCallContext context) =>
        (await Project(request.Id).AllocateAsync(Field.Year(request.Year, "year"), request.Budget)).ToMessage();

    public override async Task<HttpBody> ExportAllocation(V1.AllocationRequest request, ServerCallContext context)
    {
        var allocation = await Project(request.Id).AllocateAsync(Field.Year(request.Year, "year"), request.Budget);
        return new HttpBody { ContentType = "text/csv; charset=utf-8", Data = ByteString.CopyFrom(AllocationCsv.Write(allocation)) };
    }

    public override Task<V1.JointProject> PatchJointProject(V1.PatchJointProjectRequest request, ServerCallContext context)
    {
        var project = Project(request.Id);
        return context.PatchAsync(request.JointProject, request.UpdateMask, request.HasVersion ? request.Version : null, JointProjectMessages.Fields,
            () => AnswerAsync(project.GetAsync()),
            patched => AnswerAsync(project.SetBudgetAsync(JointProjectMessages.ToLines(patched.Budget))));
    }

    // A change under the version the caller read; a stale one answers with the joint project as it is.
    private Task<V1.JointProject> Change(ServerCallContext context, string id, int? version, Func<IJointProjectGrain, Task<JointProject>> change)
    {
        var project = Project(id);
        return context.ChangeAsync(version, () => AnswerAsync(change(project)), () => AnswerAsync(project.GetAsync()));
    }

    // Every answer names the municipalities it lists, as registered now.
    private async Task<V1.JointProject> AnswerAsync(Task<JointProject> call)
    {
        var project = await call;
        return project.ToMessage(await grains.NamesAsync(JointProjectMessages.MunicipalitiesIn(project)));
    }

    private IJointProjectGrain Project(string id) => grains.GetGrain<IJointProjectGrain>(Field.Slug(id));
}

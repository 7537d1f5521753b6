using Collaboration.Api;
using Collaboration.JointProjects.Agreements;
using Google.Api;
using Google.Protobuf;
using Grpc.Core;

namespace Collaboration.JointProjects.Api;

/// <summary>The JointProjects API: maps requests to the joint-project grain.</summary>
internal sealed class JointProjectsService(IGrainFactory grains) : V1.JointProjects.JointProjectsBase
{
    public override async Task<V1.JointProject> GetJointProject(V1.JointProjectRequest request, ServerCallContext context) =>
        (await Project(request.Id).GetAsync()).ToMessage();

    public override async Task<V1.JointProject> Invite(V1.InviteRequest request, ServerCallContext context)
    {
        var project = Project(request.Id);
        var municipalities = request.Municipalities.Select((m, i) => Field.Kommunenummer(m, $"municipalities[{i}]")).ToList();
        return (await project.InviteAsync(municipalities)).ToMessage();
    }

    public override async Task<V1.JointProject> Accept(V1.ParticipantRequest request, ServerCallContext context) =>
        (await Project(request.Id).AnswerAsync(Field.Kommunenummer(request.Kommunenummer), accept: true)).ToMessage();

    public override async Task<V1.JointProject> Decline(V1.ParticipantRequest request, ServerCallContext context) =>
        (await Project(request.Id).AnswerAsync(Field.Kommunenummer(request.Kommunenummer), accept: false)).ToMessage();

    public override async Task<V1.JointProject> SetKey(V1.SetKeyRequest request, ServerCallContext context)
    {
        var project = Project(request.Id);
        return (await project.SetKeyAsync(request.ToKey())).ToMessage();
    }

    public override async Task<V1.JointProject> AdoptKey(V1.AdoptKeyRequest request, ServerCallContext context)
    {
        var project = Project(request.Id);
        var decision = request.HasCaseNumber ? Field.CaseNumber(request.CaseNumber, "caseNumber") : null;
        return (await project.AdoptKeyAsync(decision)).ToMessage();
    }

    public override async Task<V1.Agreement> GetAgreement(V1.AgreementRequest request, ServerCallContext context) =>
        (await Project(request.Id).GetAgreementAsync(Field.Positive(request.Version, "version"))).ToMessage();

    public override async Task<V1.JointProject> SetBudget(V1.SetBudgetRequest request, ServerCallContext context)
    {
        var project = Project(request.Id);
        return (await project.SetBudgetAsync(JointProjectMessages.ToLines(request.Lines))).ToMessage();
    }

    public override async Task<V1.JointProject> SetActualCosts(V1.SetActualCostsRequest request, ServerCallContext context)
    {
        var project = Project(request.Id);
        var year = Field.Year(request.Year, "year");
        return (await project.SetActualCostsAsync(year, JointProjectMessages.ToLines(request.Lines, year))).ToMessage();
    }

    public override async Task<V1.Allocation> Allocate(V1.AllocationRequest request, ServerCallContext context) =>
        (await Project(request.Id).AllocateAsync(Field.Year(request.Year, "year"), request.Budget)).ToMessage();

    public override async Task<HttpBody> ExportAllocation(V1.AllocationRequest request, ServerCallContext context)
    {
        var allocation = await Project(request.Id).AllocateAsync(Field.Year(request.Year, "year"), request.Budget);
        return new HttpBody { ContentType = "text/csv; charset=utf-8", Data = ByteString.CopyFrom(AllocationCsv.Write(allocation)) };
    }

    private IJointProjectGrain Project(string id) => grains.GetGrain<IJointProjectGrain>(Field.Slug(id));
}

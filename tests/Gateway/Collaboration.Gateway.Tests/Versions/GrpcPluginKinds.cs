using Collaboration.Funding.Api.V1;
using Collaboration.MembershipFees.Api.V1;

namespace Collaboration.Gateway.Tests.Versions;

/// <summary>The plugins' kinds over gRPC, at paths made by <see cref="PluginKinds"/>.</summary>
public static class GrpcPluginKinds
{
    public static IEnumerable<GrpcEditableKind> All { get; } =
    [
        new("funding call", "description",
            async (c, p) => await new Funding.Api.V1.Funding.FundingClient(c).GetCallAsync(new GetCallRequest { Id = p[3] }),
            async (c, p, value, version) => await new Funding.Api.V1.Funding.FundingClient(c).PatchCallAsync(new()
            {
                Id = p[3], Call = new() { Description = value }, UpdateMask = GrpcEditableKind.Mask("description"), Version = version,
            })),
        new("funding application", "title",
            async (c, p) => await new Funding.Api.V1.Funding.FundingClient(c).GetApplicationAsync(new ApplicationRequest { Id = p[3] }),
            async (c, p, value, version) => await new Funding.Api.V1.Funding.FundingClient(c).PatchApplicationAsync(new()
            {
                Id = p[3], Application = new() { Title = value }, UpdateMask = GrpcEditableKind.Mask("title"), Version = version,
            })),
        new("fee model", "note",
            async (c, p) => await new MembershipFees.Api.V1.MembershipFees.MembershipFeesClient(c).GetModelAsync(new ModelRequest { Council = p[2], Year = 2027, Name = p[5] }),
            async (c, p, value, version) => await new MembershipFees.Api.V1.MembershipFees.MembershipFeesClient(c).PatchModelAsync(new()
            {
                Council = p[2], Year = 2027, Name = p[5], Model = new() { Note = value }, UpdateMask = GrpcEditableKind.Mask("note"), Version = version,
            })),
    ];
}

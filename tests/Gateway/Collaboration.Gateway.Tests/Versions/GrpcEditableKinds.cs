namespace Collaboration.Gateway.Tests.Versions;

/// <summary>Every editable kind over gRPC: the core's and the plugins'.</summary>
public static class GrpcEditableKinds
{
    public static IReadOnlyList<GrpcEditableKind> All { get; } = [.. GrpcCoreKinds.All, .. GrpcPluginKinds.All];
}

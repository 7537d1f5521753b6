using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Net.Client;

namespace Collaboration.Gateway.Tests.Versions;

/// <summary>
/// One editable kind over gRPC: reads the object at a path made by the HTTP kind of the same
/// name, and patches one text field through update_mask with a version.
/// </summary>
public sealed record GrpcEditableKind(
    string Name,
    string Field,
    Func<GrpcChannel, string[], Task<IMessage>> Read,
    Func<GrpcChannel, string[], string, int, Task<IMessage>> Patch)
{
    public override string ToString() => Name;

    /// <summary>The update_mask naming one field.</summary>
    public static FieldMask Mask(string field) => new() { Paths = { field } };
}

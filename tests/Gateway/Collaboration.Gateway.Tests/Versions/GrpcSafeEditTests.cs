using Google.Protobuf;
using Grpc.Core;

namespace Collaboration.Gateway.Tests.Versions;

/// <summary>The same safe edits over gRPC: the version field, ABORTED with the current object in the status details, update_mask.</summary>
[Collection(ApiCollection.Name)]
public sealed class GrpcSafeEditTests(ApiFixture fixture)
{
    public static TheoryData<string> Kinds => [.. GrpcEditableKinds.All.Select(k => k.Name)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Of_two_editors_who_read_the_same_version_only_the_first_wins(string name)
    {
        var kind = GrpcEditableKinds.All.Single(k => k.Name == name);
        var path = (await EditableKinds.All.Single(k => k.Name == name).Create(fixture.Http)).Trim('/').Split('/');
        var read = await kind.Read(fixture.Silo.Grpc, path);
        var version = Version(read);

        var won = await kind.Patch(fixture.Silo.Grpc, path, "Første", version);
        var lost = await Assert.ThrowsAsync<RpcException>(() => kind.Patch(fixture.Silo.Grpc, path, "Andre", version));

        Assert.True(Version(won) > version);
        Assert.Equal(StatusCode.Aborted, lost.StatusCode);
        var current = lost.GetRpcStatus()!.Details.Single(d => d.TypeUrl.EndsWith("/" + won.Descriptor.FullName, StringComparison.Ordinal));
        Assert.Equal(won, won.Descriptor.Parser.ParseFrom(current.Value));
        Assert.Equal(won, await kind.Read(fixture.Silo.Grpc, path));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task An_update_mask_of_one_field_changes_that_field_and_nothing_else(string name)
    {
        var kind = GrpcEditableKinds.All.Single(k => k.Name == name);
        var path = (await EditableKinds.All.Single(k => k.Name == name).Create(fixture.Http)).Trim('/').Split('/');
        var before = await kind.Read(fixture.Silo.Grpc, path);

        var after = await kind.Patch(fixture.Silo.Grpc, path, "Endret", Version(before));

        var field = after.Descriptor.FindFieldByName(kind.Field);
        Assert.NotEqual(field.Accessor.GetValue(before), field.Accessor.GetValue(after));
        var expected = before.Descriptor.Parser.ParseFrom(before.ToByteString());
        field.Accessor.SetValue(expected, field.Accessor.GetValue(after));
        expected.Descriptor.FindFieldByName("version").Accessor.SetValue(expected, Version(after));
        Assert.Equal(expected, after);
    }

    private static int Version(IMessage message) => (int)message.Descriptor.FindFieldByName("version").Accessor.GetValue(message);
}

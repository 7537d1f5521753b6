using Collaboration.Api.V1;
using Grpc.Core;

namespace Collaboration.Gateway.Tests.Access;

/// <summary>A sample of the matrix over gRPC: the same rules, the same interceptor, gRPC statuses.</summary>
[Collection(AccessCollection.Name)]
public sealed class GrpcAccessTests(AccessFixture fixture)
{
    public static TheoryData<string, StatusCode> Callers() => new()
    {
        { "officer 5001", StatusCode.OK },
        { "admin", StatusCode.OK },
        { "officer 5028", StatusCode.PermissionDenied },
        { "secretariat", StatusCode.PermissionDenied },
        { "viewer", StatusCode.PermissionDenied },
        { "peer", StatusCode.PermissionDenied },
        { "anonymous", StatusCode.Unauthenticated },
    };

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Only_its_officers_change_a_municipality_profile(string caller, StatusCode expected)
    {
        var request = new PutMunicipalityRequest { Kommunenummer = "5001", Name = "Trondheim", County = "Trøndelag" };

        Assert.Equal(expected, await StatusOfAsync(caller, channel => new Api.V1.Municipalities.MunicipalitiesClient(channel).PutMunicipalityAsync(request).ResponseAsync));
    }

    [Theory]
    [InlineData("secretariat", StatusCode.OK)]
    [InlineData("other secretariat", StatusCode.PermissionDenied)]
    [InlineData("officer 5001", StatusCode.PermissionDenied)]
    [InlineData("viewer", StatusCode.PermissionDenied)]
    [InlineData("anonymous", StatusCode.Unauthenticated)]
    public async Task Only_the_forum_secretariat_adds_agenda_items(string caller, StatusCode expected)
    {
        var request = new AddAgendaItemRequest { Id = AccessFixture.Directors, MeetingId = AccessFixture.Meeting, Title = "Sak over gRPC" };

        Assert.Equal(expected, await StatusOfAsync(caller, channel => new Api.V1.Forums.ForumsClient(channel).AddAgendaItemAsync(request).ResponseAsync));
    }

    [Fact]
    public async Task Public_reads_need_no_token_over_gRPC_either()
    {
        Assert.Equal(StatusCode.OK, await StatusOfAsync("anonymous", channel =>
            new Api.V1.Forums.ForumsClient(channel).GetForumAsync(new GetForumRequest { Id = AccessFixture.Directors }).ResponseAsync));
    }

    private async Task<StatusCode> StatusOfAsync<T>(string caller, Func<global::Grpc.Net.Client.GrpcChannel, Task<T>> call)
    {
        var token = caller == "anonymous" ? null : fixture.Silo.Token(AccessFixture.Callers[caller]);
        using var channel = TestTokens.Channel(fixture.Silo.GrpcAddress, token);
        try
        {
            await call(channel);
            return StatusCode.OK;
        }
        catch (RpcException refused)
        {
            return refused.StatusCode;
        }
    }
}

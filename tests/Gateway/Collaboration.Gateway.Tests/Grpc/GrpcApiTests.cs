using Collaboration.Api.V1;
using Google.Rpc;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;

namespace Collaboration.Gateway.Tests.Grpc;

/// <summary>The same contract over gRPC (HTTP/2 on its own port).</summary>
[Collection(ApiCollection.Name)]
public sealed class GrpcApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_municipality_written_over_gRPC_reads_back_over_HTTP()
    {
        var client = new Api.V1.Municipalities.MunicipalitiesClient(fixture.Silo.Grpc);

        var put = await client.PutMunicipalityAsync(new PutMunicipalityRequest
        {
            Kommunenummer = "5035",
            Name = "Stjørdal",
            County = "Trøndelag",
            Population = new Population { Count = 24287, Year = 2022 },
        });

        Assert.Equal("Stjørdal", put.Name);
        Assert.Equal("Stjørdal", (string?)(await fixture.Http.ReadAsync("/api/municipalities/5035"))["name"]);
        Assert.Equal(24287, (await client.GetMunicipalityAsync(new GetMunicipalityRequest { Kommunenummer = "5035" })).Population.Count);
    }

    [Fact]
    public async Task An_agenda_item_added_over_gRPC_gets_the_next_case_number()
    {
        var forums = new Api.V1.Forums.ForumsClient(fixture.Silo.Grpc);
        var before = await forums.ListCasesAsync(new ListCasesRequest { Id = ApiFixture.Directors, Year = 2022 });

        var item = await forums.AddAgendaItemAsync(new AddAgendaItemRequest
        {
            Id = ApiFixture.Directors,
            MeetingId = ApiFixture.Meeting,
            Title = "Saker til neste møte i Regionrådet",
            Decision = { "Møteagendaen tatt til orientering." },
        });

        Assert.Equal(before.Cases.Max(c => c.Sequence) + 1, item.Sequence);
        Assert.Equal($"KF {item.Sequence}/22", item.CaseNumber);
    }

    [Fact]
    public async Task Bad_input_is_InvalidArgument_naming_the_field()
    {
        var client = new Api.V1.Municipalities.MunicipalitiesClient(fixture.Silo.Grpc);

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.PutMunicipalityAsync(new PutMunicipalityRequest { Kommunenummer = "12", Name = "X", County = "Y" }));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var badRequest = error.GetRpcStatus()?.GetDetail<BadRequest>();
        Assert.Equal("kommunenummer", Assert.Single(badRequest!.FieldViolations).Field);
    }

    [Fact]
    public async Task Unknown_and_conflicting_requests_have_their_own_codes()
    {
        var forums = new Api.V1.Forums.ForumsClient(fixture.Silo.Grpc);
        var projects = new Api.V1.Projects.ProjectsClient(fixture.Silo.Grpc);

        var unknown = await Assert.ThrowsAsync<RpcException>(async () => await forums.GetForumAsync(new GetForumRequest { Id = "no-such-forum" }));
        var conflict = await Assert.ThrowsAsync<RpcException>(async () =>
            await projects.ChangeStatusAsync(new ChangeStatusRequest { Id = ApiFixture.Project, Status = "completed" }));

        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(StatusCode.FailedPrecondition, conflict.StatusCode);
    }

    [Fact]
    public async Task The_standard_health_service_answers_serving()
    {
        var health = new global::Grpc.Health.V1.Health.HealthClient(fixture.Silo.Grpc);
        var response = await health.CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task Reflection_lists_the_services()
    {
        var reflection = new ServerReflection.ServerReflectionClient(fixture.Silo.Grpc);
        using var call = reflection.ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext());

        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();
        Assert.Contains("collaboration.v1.Forums", services);
        Assert.Contains("collaboration.v1.Municipalities", services);
        Assert.Contains("collaboration.v1.Projects", services);
    }
}

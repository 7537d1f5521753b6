namespace Collaboration.Gateway.Tests;

/// <summary>
/// One running silo with its co-hosted gateway for all gateway tests, with a few objects the
/// tests build on: two municipalities, a council with a directors' forum, a meeting and a project.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public const string Council = "gateway-test";
    public const string Directors = "gateway-test/kommunedirektorforum";
    public const string Meeting = "2022-06-03";
    public const string Project = "gateway-test-project";

    private readonly TempFolder _data = new();

    public RunningSilo Silo { get; private set; } = null!;

    public HttpClient Http => Silo.Http;

    public async Task InitializeAsync()
    {
        Silo = await RunningSilo.StartAsync(_data.Path);
        await Expect(Http.ApiPutAsync("/api/municipalities/5001", new { name = "Trondheim", county = "Trøndelag", population = new { count = 210496, year = 2022 } }));
        await Expect(Http.ApiPutAsync("/api/municipalities/5028", new { name = "Melhus", county = "Trøndelag" }));
        await Expect(Http.ApiPutAsync($"/api/forums/{Council}", new { name = "Testregionen", kind = "council", casePrefix = "TT" }));
        await Expect(Http.ApiPutAsync($"/api/forums/{Directors}", new { name = "Kommunedirektørforum", kind = "directors", casePrefix = "KF", parentId = Council }));
        await Expect(Http.ApiPostAsync($"/api/forums/{Directors}/members", new { kommunenummer = "5001", from = "2020-01-01" }));
        await Expect(Http.ApiPutAsync($"/api/forums/{Directors}/meetings/{Meeting}", new { date = Meeting, starts = "08:30", ends = "11:00" }));
        await Expect(Http.ApiPostAsync($"/api/forums/{Directors}/meetings/{Meeting}/agenda-items", new { title = "Referat", caseNumber = "KF 22/22" }));
        await Expect(Http.ApiPutAsync($"/api/projects/{Project}", new { title = "Testprosjekt", themes = new[] { "næring" } }));
    }

    public async Task DisposeAsync()
    {
        await Silo.DisposeAsync();
        _data.Dispose();
    }

    private static async Task Expect(Task<ApiAnswer> call)
    {
        var answer = await call;
        if ((int)answer.Status >= 300)
        {
            throw new InvalidOperationException($"Fixture setup failed: {(int)answer.Status} {answer.Body}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api";
}

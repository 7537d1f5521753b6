using Microsoft.Extensions.DependencyInjection;

namespace Collaboration.Gateway.Tests.Idempotency;

/// <summary>
/// Two running silos, each with a forum and a meeting to add agenda items to, and a grain call
/// fault the tests arm: <see cref="Settled"/> decides a retry after a failure at once (no time in
/// doubt), <see cref="Waiting"/> keeps the default time an attempt may still store its work.
/// Both on the suite's database (COLLABORATION_TEST_STORAGE), whose journal the retries read.
/// </summary>
public sealed class InDoubtFixture : IAsyncLifetime
{
    public const string Forum = "tvil";
    public const string Meeting = "2026-03-05";

    private TestDatabase _settledData = null!;
    private TestDatabase _waitingData = null!;

    public InDoubtSilo Settled { get; private set; } = null!;

    public InDoubtSilo Waiting { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _settledData = await TestDatabase.CreateAsync();
        _waitingData = await TestDatabase.CreateAsync();
        Settled = await StartAsync(_settledData, new Dictionary<string, string> { ["Idempotency:InDoubtFor"] = "00:00:00" });
        Waiting = await StartAsync(_waitingData, new Dictionary<string, string>());
    }

    public async Task DisposeAsync()
    {
        await Settled.Silo.DisposeAsync();
        await Waiting.Silo.DisposeAsync();
        await _settledData.DisposeAsync();
        await _waitingData.DisposeAsync();
    }

    private static async Task<InDoubtSilo> StartAsync(TestDatabase database, Dictionary<string, string> settings)
    {
        var fault = new GrainCallFault();
        foreach (var (name, value) in database.Settings)
        {
            settings[name] = value;
        }

        var silo = await RunningSilo.StartAsync(database.Storage.DataDir, settings, builder => builder.Services.AddSingleton<IIncomingGrainCallFilter>(fault));
        await Expect(silo.Http.ApiPutAsync($"/api/forums/{Forum}", new { name = "Tvilsrådet", kind = "council", casePrefix = "TV" }));
        await Expect(silo.Http.ApiPutAsync($"/api/forums/{Forum}/meetings/{Meeting}", new { date = Meeting, starts = "09:00", ends = "12:00" }));
        return new InDoubtSilo(silo, fault);
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

/// <summary>A running silo and the fault armed in its grain calls.</summary>
public sealed record InDoubtSilo(RunningSilo Silo, GrainCallFault Fault)
{
    /// <summary>Adds an agenda item titled <paramref name="title"/> to the fixture's meeting, with <paramref name="key"/> as Idempotency-Key.</summary>
    public Task<ApiAnswer> AddItemAsync(string key, string title) =>
        Silo.Http.SendJsonAsync(HttpMethod.Post, $"/api/forums/{InDoubtFixture.Forum}/meetings/{InDoubtFixture.Meeting}/agenda-items",
            new { title }, [("Idempotency-Key", key)]);

    /// <summary>How many items of the meeting's agenda have <paramref name="title"/>.</summary>
    public async Task<int> ItemsTitledAsync(string title)
    {
        var meeting = await Silo.Http.ReadAsync($"/api/forums/{InDoubtFixture.Forum}/meetings/{InDoubtFixture.Meeting}");
        return meeting["agendaItems"]!.AsArray().Count(item => (string?)item!["title"] == title);
    }
}

[CollectionDefinition(Name)]
public sealed class InDoubtCollection : ICollectionFixture<InDoubtFixture>
{
    public const string Name = "in doubt";
}

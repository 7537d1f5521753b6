namespace Collaboration.Silo.Tests.Storage;

/// <summary>A webhook's receiver that is down while the silo restarts still gets every change afterwards.</summary>
public sealed class WebhookRestartTests
{
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Webhooks:AllowHttp"] = "true",
        ["Webhooks:AllowedNetworks:0"] = "127.0.0.0/8",
        ["Webhooks:RetryBaseDelay"] = "00:00:00.050",
        ["Webhooks:RetryMaxDelay"] = "00:00:00.500",
        ["Webhooks:CheckPeriod"] = "00:00:02",
    };

    [Fact]
    public async Task Changes_made_while_the_receiver_is_down_arrive_after_a_restart()
    {
        using var data = new TempFolder();
        await using var receiver = await WebhookReceiver.StartAsync();
        var silo = await RunningSilo.StartAsync(data.Path, Settings);
        var created = await silo.Http.ApiPostAsync("/api/webhooks", new { url = receiver.Url, eventTypes = new[] { "no.collaboration.project." } });
        var secret = (string)created.Json["secret"]!;
        for (var i = 0; i < 5; i++)
        {
            await silo.Http.ApiPutAsync($"/api/projects/omstart-{i}", new { title = $"Prosjekt {i}" });
        }

        await Eventually.ValueAsync(() => Task.FromResult(receiver.Taken.Count), count => count >= 5, TimeSpan.FromSeconds(60));

        // The receiver goes down; changes go on, and the silo stops and starts on the same data.
        await receiver.StopAsync();
        for (var i = 0; i < 5; i++)
        {
            await silo.Http.ApiPutAsync($"/api/projects/omstart-{i}", new { title = $"Prosjekt {i}, endret" });
            await silo.Http.ApiPutAsync($"/api/projects/omstart-ny-{i}", new { title = $"Nytt prosjekt {i}" });
        }

        var expected = (await silo.Http.ReadAsync("/api/changes?kinds=projects&limit=1000"))["changes"]!.AsArray()
            .Select(change => (string)change!["id"]!).ToList();
        Assert.Equal(15, expected.Count);
        await silo.DisposeAsync();

        // Nothing calls the subscription after the restart: its reminder alone brings the deliverer back.
        await using var restarted = await RunningSilo.StartAsync(data.Path, Settings);
        await receiver.StartAgainAsync();
        var taken = await Eventually.ValueAsync(() => Task.FromResult(receiver.Taken), ids => ids.Count >= expected.Count, TimeSpan.FromSeconds(60));

        Assert.Equal(expected, taken);
        Assert.All(receiver.Received, request => Assert.True(request.VerifiesWith(secret), $"The signature of {request.Id} does not verify."));
    }
}

using System.Net;
using Collaboration.Funding.Calls;
using Microsoft.Extensions.DependencyInjection;

namespace Collaboration.Funding.Tests.Api;

/// <summary>Plugins:Funding:Enabled=false: no routes, no grains, no words.</summary>
public sealed class DisabledPluginTests
{
    [Fact]
    public async Task A_disabled_plugin_answers_404_and_its_grains_cannot_be_activated()
    {
        using var data = new TempFolder();
        await using var silo = await RunningSilo.StartAsync(data.Path, new Dictionary<string, string> { ["Plugins:Funding:Enabled"] = "false" });

        var calls = await silo.Http.ApiGetAsync("/api/funding/calls");
        var core = await silo.Http.ApiGetAsync("/api/municipalities");
        var vocabulary = await silo.Http.ReadAsync("/api/portfolio/vocabulary");
        var kinds = vocabulary["kinds"]!.AsArray().Select(w => (string)w!["value"]!).ToList();
        var byKind = await silo.Http.ApiGetAsync("/api/portfolio?kind=application");
        var grains = silo.Services.GetRequiredService<IGrainFactory>();
        var activation = await Record.ExceptionAsync(() => grains.GetGrain<IFundingCallGrain>("jordvern-2022").GetAsync());

        Assert.Equal(HttpStatusCode.NotFound, calls.Status);
        Assert.Equal("application/problem+json", calls.ContentType);
        Assert.Equal(HttpStatusCode.OK, core.Status);
        Assert.Contains("project", kinds);
        Assert.DoesNotContain("application", kinds); // its words leave with it
        Assert.Equal(HttpStatusCode.BadRequest, byKind.Status);
        Assert.NotNull(activation);
        Assert.IsNotType<CollaborationException>(activation);
    }
}

using Xunit;

namespace Collaboration.Testing;

/// <summary>
/// The real process composition with every plugin and its demo data loaded, on free loopback
/// ports and a data folder of its own: for tests that read what the run command shows a new user.
/// </summary>
public class DemoSiloFixture : IAsyncLifetime
{
    private readonly TempFolder _data = new();

    public RunningSilo Silo { get; private set; } = null!;

    public HttpClient Http => Silo.Http;

    public async Task InitializeAsync() =>
        Silo = await RunningSilo.StartAsync(_data.Path, new Dictionary<string, string> { ["DemoData:Load"] = "true" });

    public async Task DisposeAsync()
    {
        await Silo.DisposeAsync();
        _data.Dispose();
    }
}

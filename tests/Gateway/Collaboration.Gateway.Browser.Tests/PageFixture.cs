using Microsoft.Playwright;

namespace Collaboration.Gateway.Browser.Tests;

/// <summary>The demo system on free loopback ports and a chromium to look at its page; screenshots go to artifacts/screenshots.</summary>
public sealed class PageFixture : IAsyncLifetime
{
    private readonly DemoSiloFixture _demo = new();
    private Chromium _chromium = null!;

    public HttpClient Http => _demo.Http;

    /// <summary>A token the demo system accepts.</summary>
    public string Token(Gateway.Access.TokenHolder holder) => _demo.Silo.Token(holder);

    public string Screenshots { get; } = ScreenshotFolder();

    public async Task InitializeAsync()
    {
        await _demo.InitializeAsync();
        _chromium = await Chromium.LaunchAsync(_demo.Silo.HttpAddress);
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        await _demo.DisposeAsync();
    }

    /// <summary>A new tab that records what the page writes to its console as errors.</summary>
    public async Task<(IPage Page, List<string> Errors)> OpenAsync(string path)
    {
        var page = await _chromium.Context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(path);
        return (page, errors);
    }

    public Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, $"{name}.png"), FullPage = true });

    // Beside the solution, so a test run leaves them where a person (or CI) looks: artifacts/screenshots.
    private static string ScreenshotFolder()
    {
        var path = Path.Combine(Repository.Root, "artifacts", "screenshots");
        Directory.CreateDirectory(path);
        return path;
    }
}

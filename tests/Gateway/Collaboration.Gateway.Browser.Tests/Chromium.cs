using Microsoft.Playwright;

namespace Collaboration.Gateway.Browser.Tests;

/// <summary>
/// Debian's chromium (installed by eng/chromium.sh) driven by Playwright, with a fresh profile
/// each time; Playwright never downloads a browser of its own.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string Executable = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;
    private readonly TempFolder _profile;

    private Chromium(IPlaywright playwright, IBrowserContext context, TempFolder profile)
    {
        _playwright = playwright;
        Context = context;
        _profile = profile;
    }

    public IBrowserContext Context { get; }

    public static async Task<Chromium> LaunchAsync(Uri baseAddress)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"{Executable} is missing: run eng/chromium.sh (./eng/test.sh does).");
        }

        var playwright = await Playwright.CreateAsync();
        var profile = new TempFolder();
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile.Path, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args = Arguments,
            BaseURL = baseAddress.ToString(),
            Locale = "nb-NO",
            TimezoneId = "Europe/Oslo",
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
        });
        return new Chromium(playwright, context, profile);
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        _playwright.Dispose();
        _profile.Dispose();
    }
}

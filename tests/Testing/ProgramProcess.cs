using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Collaboration.Testing;

/// <summary>
/// A silo or standalone gateway running as a real operating-system process (the built program,
/// started with <c>dotnet</c>), on free loopback ports; killed with SIGKILL when a test wants a
/// crash. Its output is kept for the failure message.
/// </summary>
public sealed class ProgramProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ProgramProcess(string name, Process process, int httpPort)
    {
        Name = name;
        _process = process;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}"), Timeout = TimeSpan.FromSeconds(60) };
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }

    /// <summary>The local signing key file the process uses.</summary>
    public string KeyFile { get; private init; } = "";

    /// <summary>The Orleans silo-to-silo port of a silo.</summary>
    public int? SiloPort { get; private set; }

    /// <summary>The Orleans port clients (standalone gateways) connect to, of a silo.</summary>
    public int? GatewayPort { get; private set; }

    public HttpClient Http { get; }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>The process's working set now, in bytes.</summary>
    public long WorkingSet
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
    }

    /// <summary>What the process wrote to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the silo program with these settings (as --key=value arguments) on free ports.</summary>
    /// <remarks>
    /// A silo restarted on the ports it had (as on a real host) makes Orleans declare its previous
    /// life dead at once; on other ports the cluster first waits for the old entry to time out.
    /// </remarks>
    public static ProgramProcess StartSilo(string name, IReadOnlyDictionary<string, string> settings, ProgramProcess? previous = null)
    {
        var siloPort = previous?.SiloPort ?? FreePort.Next();
        var gatewayPort = previous?.GatewayPort ?? FreePort.Next();
        var process = Start(name, BuiltProgram.Silo, settings, new Dictionary<string, string>
        {
            ["Orleans:SiloPort"] = siloPort.ToString(CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = gatewayPort.ToString(CultureInfo.InvariantCulture),
        });
        process.SiloPort = siloPort;
        process.GatewayPort = gatewayPort;
        return process;
    }

    /// <summary>Starts the standalone gateway program with these settings on free ports.</summary>
    public static ProgramProcess StartGateway(string name, IReadOnlyDictionary<string, string> settings) =>
        Start(name, BuiltProgram.Gateway, settings, new Dictionary<string, string>());

    /// <summary>Runs a program to its end (a command such as <c>migrate</c>) and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string program, IEnumerable<string> arguments, TimeSpan patience)
    {
        using var process = Process.Start(StartInfo(program, arguments))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(patience);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    /// <summary>Waits until the process answers /health/ready, or fails with its output.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan patience)
    {
        var giveUp = DateTime.UtcNow + patience;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode} before it was ready:\n{Output}");
            }

            try
            {
                using var response = await Http.GetAsync("/health/ready");
                if (response.IsSuccessStatusCode)
                {
                    // The process made its key at start; from now on the client acts as an admin.
                    Http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
                        "Bearer", TestTokens.Mint(KeyFile, new Gateway.Access.TokenHolder("test-admin", Access.Roles.Admin)));
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > giveUp)
            {
                throw new TimeoutException($"{Name} was not ready within {patience}:\n{Output}");
            }

            await Task.Delay(250);
        }
    }

    /// <summary>A crash: SIGKILL, no shutdown code runs.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>Waits for the process to end by itself.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static ProgramProcess Start(string name, string program, IReadOnlyDictionary<string, string> settings, Dictionary<string, string> ports)
    {
        // A test that must know the address before the start (a peer's settings name it) gives the URL itself.
        var httpPort = settings.TryGetValue("Kestrel:Endpoints:Http:Url", out var url) ? new Uri(url).Port : FreePort.Next();
        var all = new Dictionary<string, string>(ports)
        {
            ["Kestrel:Endpoints:Http:Url"] = $"http://127.0.0.1:{httpPort}",
            ["Kestrel:Endpoints:Http:Protocols"] = "Http1",
            ["Kestrel:Endpoints:Grpc:Url"] = $"http://127.0.0.1:{FreePort.Next()}",
            ["Kestrel:Endpoints:Grpc:Protocols"] = "Http2",
            ["DemoData:Load"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["RateLimits:Writes:PermitLimit"] = "1000000",
            ["Storage:Writes"] = TestDatabase.SuiteWrites.ToString(),
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        // Processes started with the same settings share one signing key, as on one machine.
        all.TryAdd("Auth:LocalKeyFile", Path.Combine(
            all.TryGetValue("Storage:DataDir", out var data) ? data : Directory.CreateTempSubdirectory("collaboration-key-").FullName,
            "signing-key.pem"));

        var process = Process.Start(StartInfo(program, all.Select(kv => $"--{kv.Key}={kv.Value}")))!;
        return new ProgramProcess(name, process, httpPort) { KeyFile = all["Auth:LocalKeyFile"] };
    }

    private static ProcessStartInfo StartInfo(string program, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(program)!,
        };
        info.ArgumentList.Add(program);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // Settings come from the arguments alone, not from the environment of the test run.
        info.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        info.Environment.Remove("DOTNET_ENVIRONMENT");
        return info;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}

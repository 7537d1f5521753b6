using System.Net;

namespace Collaboration.Silo.Tests.Access;

/// <summary><c>dotnet run --project src/Silo -- token …</c>: tokens for trying the API on the embedded default.</summary>
public sealed class TokenCommandTests
{
    [Fact]
    public async Task An_officer_token_from_the_command_acts_for_its_own_municipality_only()
    {
        using var data = new TempFolder();
        var keyFile = Path.Combine(data.Path, "signing-key.pem");
        await using var silo = await RunningSilo.StartAsync(data.Path, new Dictionary<string, string> { ["Auth:LocalKeyFile"] = keyFile });
        await silo.Http.ApiPutAsync("/api/municipalities/5028", new { name = "Melhus", county = "Trøndelag" });

        var (exitCode, output) = await ProgramProcess.RunAsync(BuiltProgram.Silo,
            ["token", "--role", "officer", "--municipality", "5001", $"--Auth:LocalKeyFile={keyFile}"], TimeSpan.FromMinutes(1));
        var token = output.Trim();
        using var officer = silo.Client(token);

        Assert.Equal(0, exitCode);
        Assert.Equal(3, token.Split('.').Length);
        Assert.True(((await officer.ApiPutAsync("/api/municipalities/5001", new { name = "Trondheim", county = "Trøndelag" })).Status) is System.Net.HttpStatusCode.OK or System.Net.HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.ApiPutAsync("/api/municipalities/5028", new { name = "Melhus", county = "Trøndelag" })).Status);
    }

    [Fact]
    public async Task An_officer_without_a_municipality_is_refused_with_a_reason()
    {
        using var data = new TempFolder();

        var (exitCode, output) = await ProgramProcess.RunAsync(BuiltProgram.Silo,
            ["token", "--role", "officer", $"--Auth:LocalKeyFile={Path.Combine(data.Path, "key.pem")}"], TimeSpan.FromMinutes(1));

        Assert.Equal(2, exitCode);
        Assert.Contains("needs a municipality", output, StringComparison.Ordinal);
    }
}

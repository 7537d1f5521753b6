namespace Collaboration.Testing;

/// <summary>The built programs of the repository, as the test command's build left them.</summary>
public static class BuiltProgram
{
    /// <summary>src/Silo's program (Collaboration.Silo.dll).</summary>
    public static string Silo => Find("src/Silo", "Collaboration.Silo.dll");

    /// <summary>src/Gateway's program (Collaboration.Gateway.dll).</summary>
    public static string Gateway => Find("src/Gateway", "Collaboration.Gateway.dll");

    // Tests run from tests/<area>/<project>/bin/<Configuration>/<framework>/: the programs were
    // built with the same configuration and framework.
    private static string Find(string project, string assembly)
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var path = Path.Combine(Repository.Root, project, "bin", configuration, framework, assembly);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{assembly} is not built; build the solution first.", path);
    }
}

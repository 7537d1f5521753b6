namespace Collaboration.Testing;

/// <summary>The repository the tests run in: the folder that holds Collaboration.sln.</summary>
public static class Repository
{
    /// <summary>The repository's root folder, found above the test's output folder.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Collaboration.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException($"No Collaboration.sln above {AppContext.BaseDirectory}.");
    }
}

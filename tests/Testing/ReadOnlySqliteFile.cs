using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Collaboration.Testing;

/// <summary>
/// Makes a SQLite database in <paramref name="dataDir"/> read-only for real. As root, whom file
/// permissions do not stop, with the immutable attribute, which even handles opened before refuse
/// to write through; otherwise with the permission bits, closing the pooled connections of this
/// process so the next ones open the file read-only. The shared-memory file is left alone: it is
/// mapped into memory, and a write there that the file refuses would end the process.
/// </summary>
public sealed class ReadOnlySqliteFile(string dataDir) : IDatabaseFault
{
    private string[] Files => [.. Directory.GetFiles(dataDir, "collaboration.db*").Where(file => !file.EndsWith("-shm", StringComparison.Ordinal))];

    private static bool Root => Environment.IsPrivilegedProcess;

    public Task BreakAsync()
    {
        foreach (var file in Files)
        {
            if (Root)
            {
                Run("chattr", "+i", file);
            }
            else
            {
                Run("chmod", "a-w", file);
            }
        }

        SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }

    public Task RepairAsync()
    {
        foreach (var file in Files)
        {
            if (Root)
            {
                Run("chattr", "-i", file);
            }
            else
            {
                Run("chmod", "u+w", file);
            }
        }

        return Task.CompletedTask;
    }

    private static void Run(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}");
        }
    }
}

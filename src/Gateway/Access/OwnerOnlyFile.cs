namespace Collaboration.Gateway.Access;

/// <summary>A secret kept in a file readable by its owner only, made at first start.</summary>
public static class OwnerOnlyFile
{
    /// <summary>
    /// The file's text, or, when it is missing, <paramref name="make"/>'s, written first
    /// (atomically, so processes starting together agree on one).
    /// </summary>
    public static string ReadOrCreate(string file, Func<string> make)
    {
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            var draft = $"{file}.{Environment.ProcessId}.tmp";
            using (var writer = new StreamWriter(CreateOwnerOnly(draft)))
            {
                writer.Write(make());
            }

            try
            {
                File.Move(draft, file, overwrite: false);
            }
            catch (IOException) when (File.Exists(file))
            {
                File.Delete(draft); // another process made it first: use theirs
            }
        }

        return File.ReadAllText(file);
    }

    private static FileStream CreateOwnerOnly(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        }

        return new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        });
    }
}

using System.Globalization;
using Collaboration.ServiceDefaults.Storage;

namespace Collaboration.Silo.Storage;

/// <summary>
/// One numbered step of a provider's schema, embedded as <c>Storage/{Provider}/{NNNN}-{name}.sql</c>.
/// Steps run once each, in number order, and are recorded in the table CollaborationSchema.
/// </summary>
public sealed record SchemaMigration(int Version, string Name, string Script)
{
    /// <summary>Every step of <paramref name="provider"/>'s schema, lowest number first.</summary>
    public static IReadOnlyList<SchemaMigration> For(StorageProvider provider)
    {
        var assembly = typeof(SchemaMigration).Assembly;
        var prefix = $"{typeof(SchemaMigration).Namespace}.{provider}.";
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Load(assembly, name, name[prefix.Length..^".sql".Length]))
            .OrderBy(migration => migration.Version)];
    }

    private static SchemaMigration Load(System.Reflection.Assembly assembly, string resource, string fileName)
    {
        var dash = fileName.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || !int.TryParse(fileName[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException($"Schema step '{fileName}' is not named NNNN-name.sql.");
        }

        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new SchemaMigration(version, fileName[(dash + 1)..], reader.ReadToEnd());
    }
}

namespace Collaboration.Portfolio.Benchmark;

/// <summary>A data folder of the benchmark's own, removed afterwards.</summary>
public sealed class DataFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("collaboration-bench-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

using Collaboration.Silo.DemoData;

namespace Collaboration.Silo.Tests.DemoData;

/// <summary>The marker of loaded demo data, in a data folder that does not exist yet (as on PostgreSQL at first start).</summary>
public sealed class DemoDataMarkerTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task A_missing_data_folder_has_nothing_loaded_and_is_created_when_a_file_is_recorded()
    {
        var dataPath = Path.Combine(_temp.Path, "data", "not-yet");
        var marker = new DemoDataMarker(dataPath);

        Assert.Empty(await marker.LoadedAsync(CancellationToken.None));
        await marker.AddAsync("DemoData/core.json", CancellationToken.None);
        await marker.AddAsync("DemoData/funding.json", CancellationToken.None);

        Assert.True(Directory.Exists(dataPath));
        Assert.Equal(["DemoData/core.json", "DemoData/funding.json"], (await new DemoDataMarker(dataPath).LoadedAsync(CancellationToken.None)).Order(StringComparer.Ordinal));
    }

    public void Dispose() => _temp.Dispose();
}

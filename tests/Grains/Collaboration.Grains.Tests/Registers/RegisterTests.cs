using Collaboration.Registers;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Collaboration.Grains.Tests.Registers;

/// <summary>A register keeps its ids in pages of their own, lists them in order and a page at a time, and keeps them across activations.</summary>
[Collection(ClusterCollection.Name)]
public sealed class RegisterTests(ClusterFixture fixture)
{
    private const int Ids = 600;

    [Fact]
    public async Task Ids_added_at_once_fill_pages_in_turn_and_are_listed_in_order_after_reactivation()
    {
        var key = $"test-register-{Guid.NewGuid():N}";
        var register = fixture.Grains.GetGrain<IRegisterGrain>(key);
        var ids = Enumerable.Range(0, Ids).Select(i => $"id-{i:0000}").ToList();

        await Task.WhenAll(ids.Select(register.AddAsync));
        await register.AddAsync("id-0007");

        Assert.Equal(ids, await register.ListAsync());
        var pages = await Task.WhenAll(Enumerable.Range(0, 4).Select(n => fixture.Grains.GetGrain<IRegisterPageGrain>(IRegisterPageGrain.Key(key, n)).ListAsync()));
        Assert.Equal([IRegisterPageGrain.Capacity, IRegisterPageGrain.Capacity, Ids - (2 * IRegisterPageGrain.Capacity), 0], pages.Select(p => p.Count));
        Assert.Equal(ids, pages.SelectMany(p => p).Order(StringComparer.Ordinal));

        await register.RemoveAsync("id-0300");
        await register.RemoveAsync("not-there");
        await Reactivate();

        Assert.Equal(ids.Where(id => id != "id-0300"), await register.ListAsync());
    }

    [Fact]
    public async Task A_page_is_the_ids_after_the_cursor_up_to_the_limit()
    {
        var register = fixture.Grains.GetGrain<IRegisterGrain>($"test-register-{Guid.NewGuid():N}");
        foreach (var id in new[] { "c", "a", "e", "b", "d" })
        {
            await register.AddAsync(id);
        }

        Assert.Equal(["a", "b"], await register.ListAsync(null, 2));
        Assert.Equal(["c", "d"], await register.ListAsync("b", 2));
        Assert.Equal(["c", "d", "e"], await register.ListAsync("bb", 10));
        Assert.Equal(["a"], await register.ListAsync("", 1));
        Assert.Empty(await register.ListAsync("e", 10));
        Assert.Empty(await register.ListAsync("z", 10));
    }

    [Fact]
    public async Task A_register_stored_whole_as_before_pages_loads_and_moves_its_ids_into_pages()
    {
        var key = $"test-register-{Guid.NewGuid():N}";
        var register = fixture.Grains.GetGrain<IRegisterGrain>(key);
        var ids = Enumerable.Range(0, 300).Select(i => $"old-{i:000}").ToList();
        var storage = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(GrainStorage.Name);
        await storage.WriteStateAsync("register", register.GetGrainId(), new GrainState<EarlierRegisterState>(new() { Ids = [.. ids] }));

        Assert.Equal(ids, await register.ListAsync());
        await register.AddAsync("old-new");
        await Reactivate();

        Assert.Equal([.. ids, "old-new"], await register.ListAsync());
        var stored = new GrainState<EarlierRegisterState>();
        await storage.ReadStateAsync("register", register.GetGrainId(), stored);
        Assert.NotNull(stored.State);
        Assert.Empty(stored.State.Ids);
        Assert.Equal(256, (await fixture.Grains.GetGrain<IRegisterPageGrain>(IRegisterPageGrain.Key(key, 0)).ListAsync()).Count);
    }

    private Task Reactivate() => fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

    /// <summary>The register's state as stored before it had pages: every id in one list.</summary>
    public sealed class EarlierRegisterState
    {
        public SortedSet<string> Ids { get; set; } = new(StringComparer.Ordinal);
    }
}

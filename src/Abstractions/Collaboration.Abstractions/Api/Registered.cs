using Collaboration.Registers;

namespace Collaboration.Api;

/// <summary>Reads the objects named in a register, in parallel, each from its own grain.</summary>
public static class Registered
{
    /// <summary>Reads each id of <paramref name="register"/> with <paramref name="read"/>, in parallel.</summary>
    public static async Task<T[]> ReadAllAsync<TGrain, T>(this IGrainFactory grains, string register, Func<TGrain, Task<T>> read)
        where TGrain : IGrainWithStringKey
    {
        var ids = await grains.GetGrain<IRegisterGrain>(register).ListAsync();
        return await Task.WhenAll(ids.Select(id => read(grains.GetGrain<TGrain>(id))));
    }

    /// <summary>
    /// Reads one page of the ids of <paramref name="register"/> that pass <paramref name="since"/>
    /// (objects of the journal kind <paramref name="stateName"/>), in id order, so a list answers in
    /// a time that does not grow with the register.
    /// </summary>
    public static async Task<ListPage<T>> ReadPageAsync<TGrain, T>(this IGrainFactory grains, string register, ListPage page,
        Func<TGrain, Task<T>> read, ChangedSince since, string stateName)
        where TGrain : IGrainWithStringKey
    {
        // One more than asked shows whether another page follows.
        var ids = await IdsAsync(grains, register, page with { Limit = page.Limit + 1 }, since, stateName);
        var items = await Task.WhenAll(ids.Take(page.Limit).Select(id => read(grains.GetGrain<TGrain>(id))));
        return new ListPage<T>(items, ids.Count > page.Limit ? ids[page.Limit - 1] : null);
    }

    private static async Task<IReadOnlyList<string>> IdsAsync(IGrainFactory grains, string register, ListPage page, ChangedSince since, string stateName)
    {
        var registered = grains.GetGrain<IRegisterGrain>(register);
        if (!since.Filters)
        {
            return await registered.ListAsync(page.After, page.Limit);
        }

        var ids = await since.FilterAsync(grains, stateName, await registered.ListAsync());
        return [.. ids.Where(id => page.After is null || StringComparer.Ordinal.Compare(id, page.After) > 0).Take(page.Limit)];
    }
}

using Collaboration.Registers;

namespace Collaboration.Api;

/// <summary>Reads every object named in a register, in parallel, each from its own grain.</summary>
public static class Registered
{
    /// <summary>Reads each id of <paramref name="register"/> with <paramref name="read"/>, in parallel.</summary>
    public static async Task<T[]> ReadAllAsync<TGrain, T>(this IGrainFactory grains, string register, Func<TGrain, Task<T>> read)
        where TGrain : IGrainWithStringKey
    {
        var ids = await grains.GetGrain<IRegisterGrain>(register).ListAsync();
        return await Task.WhenAll(ids.Select(id => read(grains.GetGrain<TGrain>(id))));
    }

    /// <summary>Reads each id of <paramref name="register"/> that passes <paramref name="since"/> (objects of the journal kind <paramref name="stateName"/>).</summary>
    public static async Task<T[]> ReadAllAsync<TGrain, T>(this IGrainFactory grains, string register, Func<TGrain, Task<T>> read, ChangedSince since, string stateName)
        where TGrain : IGrainWithStringKey
    {
        var ids = await since.FilterAsync(grains, stateName, await grains.GetGrain<IRegisterGrain>(register).ListAsync());
        return await Task.WhenAll(ids.Select(id => read(grains.GetGrain<TGrain>(id))));
    }
}

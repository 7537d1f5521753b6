using System.Reflection;
using Collaboration.Silo.Storage;
using Orleans.Storage;

namespace Collaboration.Silo.Tests.Storage;

/// <summary>
/// The row key of grouped writes is the one Orleans' ADO.NET provider makes (its own type is
/// internal): the same numbers, text and hashed bytes for every kind of grain key, so an upgrade
/// of Orleans that changes its keys fails here rather than orphaning rows.
/// </summary>
public sealed class GrainRowKeyTests
{
    private static readonly Type ProviderKey = typeof(AdoNetGrainStorage).Assembly.GetType("Orleans.Storage.AdoGrainKey", throwOnError: true)!;

    public static TheoryData<string, object[]> Keys => new()
    {
        { "project-1", ["project-1"] },
        { "5001", [0x5001L, null!] },
        { "5001+extra", [0x5001L, "extra"] },
        { "0f8fad5bd9cb469fa16570867728950e", [Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), null!] },
        { "0f8fad5bd9cb469fa16570867728950e+ext", [Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), "ext"] },
    };

    [Theory]
    [MemberData(nameof(Keys))]
    public void A_grain_key_becomes_the_row_key_Orleans_provider_makes_of_it(string key, object[] providerArguments)
    {
        var ours = GrainRowKey.Of(GrainId.Create("probe", key));

        var theirs = Activator.CreateInstance(ProviderKey, BindingFlags.Public | BindingFlags.Instance, null, providerArguments, null)!;
        Assert.Equal(Property<long>(theirs, "N0Key"), ours.N0);
        Assert.Equal(Property<long>(theirs, "N1Key"), ours.N1);
        Assert.Equal(Property<string?>(theirs, "StringKey"), ours.Extension);
        Assert.Equal((byte[])ProviderKey.GetMethod("GetHashBytes")!.Invoke(theirs, null)!, ours.HashBytes);
    }

    private static T Property<T>(object key, string name) => (T)ProviderKey.GetProperty(name)!.GetValue(key)!;
}

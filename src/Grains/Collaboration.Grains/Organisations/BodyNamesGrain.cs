using Collaboration.Municipalities;
using Collaboration.Registers;

namespace Collaboration.Organisations;

/// <summary>
/// The names of every registered body, in memory. Learnt on activation by asking each body in the
/// registers (bodies answer their name interleaved, so one that is waiting here to tell its new
/// name still answers), and kept current by the bodies, which tell it after each stored profile
/// (calls that wait until the activation has asked them all). Kept active: asking every body is
/// worth doing once per silo start.
/// </summary>
[CollectionAgeLimit(AlwaysActive = true)]
public sealed class BodyNamesGrain : Grain, IBodyNamesGrain
{
    private const int Batch = 200;

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await LearnAsync(Register.Municipalities, id => GrainFactory.GetGrain<IMunicipalityGrain>(id).NameAsync());
        await LearnAsync(Register.Organisations, id => GrainFactory.GetGrain<IOrganisationGrain>(id).NameAsync());
    }

    public Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyList<string> ids)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (_names.TryGetValue(id, out var name))
            {
                names[id] = name;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(names);
    }

    public Task SetAsync(string id, string name)
    {
        _names[id] = name;
        return Task.CompletedTask;
    }

    private async Task LearnAsync(string register, Func<string, Task<string?>> name)
    {
        var ids = await GrainFactory.GetGrain<IRegisterGrain>(register).ListAsync();
        foreach (var batch in ids.Chunk(Batch))
        {
            var names = await Task.WhenAll(batch.Select(name));
            foreach (var (id, known) in batch.Zip(names))
            {
                if (known is not null)
                {
                    _names[id] = known;
                }
            }
        }
    }
}

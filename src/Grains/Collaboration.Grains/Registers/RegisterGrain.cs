using Orleans.Concurrency;

namespace Collaboration.Registers;

/// <summary>
/// Holds the register's ids in memory, read from its pages when it activates. A new id goes into
/// the last page, until it is full and the register records one page more. Reentrant: adds wait
/// for their page's write together rather than one after another.
/// </summary>
[Reentrant]
public sealed class RegisterGrain(
    [PersistentState("register", GrainStorage.Name)] IPersistentState<RegisterState> state) : Grain, IRegisterGrain
{
    private readonly SortedSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _pageOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Task> _adding = new(StringComparer.Ordinal);
    private readonly List<int> _placed = [];
    private Task? _opening;

    private string Key => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var pages = await Task.WhenAll(Enumerable.Range(0, state.State.Pages).Select(n => Page(n).ListAsync()));
        for (var n = 0; n < pages.Length; n++)
        {
            Place(pages[n], n);
        }

        if (state.State.Ids.Count > 0)
        {
            await MoveIntoPagesAsync();
        }
    }

    public async Task AddAsync(string id)
    {
        if (_ids.Contains(id))
        {
            return;
        }

        if (_adding.TryGetValue(id, out var underWay))
        {
            await underWay;
            return;
        }

        var adding = AddNewAsync(id);
        _adding[id] = adding;
        try
        {
            await adding;
        }
        finally
        {
            _adding.Remove(id);
        }
    }

    public async Task RemoveAsync(string id)
    {
        if (!_ids.Contains(id) || !_pageOf.TryGetValue(id, out var page))
        {
            return;
        }

        await Page(page).RemoveAsync(id);
        if (_ids.Remove(id))
        {
            _pageOf.Remove(id);
            _placed[page]--;
        }
    }

    public Task<IReadOnlyList<string>> ListAsync() => Task.FromResult<IReadOnlyList<string>>([.. _ids]);

    public Task<IReadOnlyList<string>> ListAsync(string? after, int limit)
    {
        IEnumerable<string> from = _ids;
        if (after is not null)
        {
            // A view from the cursor on, found in the tree rather than by walking the ids before it.
            from = _ids.Count == 0 || StringComparer.Ordinal.Compare(after, _ids.Max) >= 0
                ? []
                : _ids.GetViewBetween(after, _ids.Max!).SkipWhile(id => id == after);
        }

        return Task.FromResult<IReadOnlyList<string>>([.. from.Take(limit)]);
    }

    private async Task AddNewAsync(string id)
    {
        var page = await ReserveAsync();
        try
        {
            await Page(page).AddAsync([id]);
        }
        catch
        {
            _placed[page]--;
            throw;
        }

        _ids.Add(id);
        _pageOf[id] = page;
    }

    /// <summary>A place for one more id: in the last page, or in a page recorded for it.</summary>
    private async Task<int> ReserveAsync()
    {
        while (_placed.Count == 0 || _placed[^1] >= IRegisterPageGrain.Capacity)
        {
            var opening = _opening ??= OpenPageAsync();
            try
            {
                await opening;
            }
            finally
            {
                if (_opening == opening)
                {
                    _opening = null;
                }
            }
        }

        _placed[^1]++;
        return _placed.Count - 1;
    }

    private async Task OpenPageAsync()
    {
        state.State.Pages = _placed.Count + 1;
        try
        {
            await this.CommitAsync(state);
        }
        catch
        {
            state.State.Pages = _placed.Count;
            throw;
        }

        _placed.Add(0);
    }

    /// <summary>Moves ids stored the earlier way, the whole list in one state, into pages of their own.</summary>
    private async Task MoveIntoPagesAsync()
    {
        var first = state.State.Pages;
        var chunks = state.State.Ids.Where(id => !_ids.Contains(id)).Chunk(IRegisterPageGrain.Capacity).ToList();

        // Pages first, then the register: stopped in between, the move is made again from the start.
        await Task.WhenAll(chunks.Select((ids, n) => Page(first + n).AddAsync(ids)));
        state.State.Pages = first + chunks.Count;
        state.State.Ids.Clear();
        await this.CommitAsync(state);
        for (var n = 0; n < chunks.Count; n++)
        {
            Place(chunks[n], first + n);
        }
    }

    private void Place(IReadOnlyList<string> ids, int page)
    {
        foreach (var id in ids)
        {
            _ids.Add(id);
            _pageOf[id] = page;
        }

        _placed.Add(ids.Count);
    }

    private IRegisterPageGrain Page(int number) => GrainFactory.GetGrain<IRegisterPageGrain>(IRegisterPageGrain.Key(Key, number));
}

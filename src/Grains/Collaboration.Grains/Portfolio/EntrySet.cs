using System.Numerics;

namespace Collaboration.Portfolio;

/// <summary>
/// A set of entries by slot, one bit each: adding and removing an entry is one bit, and the sets
/// of a filter's values are combined a word (64 entries) at a time, so a query at 100 000 entries
/// reads a few thousand words instead of every entry.
/// </summary>
public sealed class EntrySet
{
    private ulong[] _words;

    public EntrySet() => _words = [];

    /// <summary>The set whose members are the bits of <paramref name="words"/> (taken, not copied).</summary>
    public EntrySet(ulong[] words) => _words = words;

    /// <summary>How many entries are in the set.</summary>
    public int Count
    {
        get
        {
            var count = 0;
            foreach (var word in _words)
            {
                count += BitOperations.PopCount(word);
            }

            return count;
        }
    }

    /// <summary>The members in ascending order.</summary>
    public IEnumerable<int> Members => Slots(_words);

    public void Add(int slot)
    {
        var word = slot >> 6;
        if (word >= _words.Length)
        {
            Array.Resize(ref _words, Math.Max(word + 1, _words.Length * 2));
        }

        _words[word] |= 1UL << slot;
    }

    public void Remove(int slot)
    {
        var word = slot >> 6;
        if (word < _words.Length)
        {
            _words[word] &= ~(1UL << slot);
        }
    }

    public bool Contains(int slot)
    {
        var word = slot >> 6;
        return word < _words.Length && (_words[word] & (1UL << slot)) != 0;
    }

    /// <summary>Adds this set's members to <paramref name="into"/>.</summary>
    public void UnionInto(ulong[] into)
    {
        var words = Math.Min(into.Length, _words.Length);
        for (var i = 0; i < words; i++)
        {
            into[i] |= _words[i];
        }
    }

    /// <summary>Keeps in <paramref name="into"/> only what is also in this set.</summary>
    public void IntersectInto(ulong[] into)
    {
        var words = Math.Min(into.Length, _words.Length);
        for (var i = 0; i < words; i++)
        {
            into[i] &= _words[i];
        }

        Array.Clear(into, words, into.Length - words);
    }

    /// <summary>The slots set in <paramref name="words"/>, in ascending order.</summary>
    public static IEnumerable<int> Slots(ulong[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            while (word != 0)
            {
                yield return (i << 6) + BitOperations.TrailingZeroCount(word);
                word &= word - 1;
            }
        }
    }
}

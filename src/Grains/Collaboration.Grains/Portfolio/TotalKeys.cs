namespace Collaboration.Portfolio;

/// <summary>
/// A number for each theme, status and municipality as it is first seen, so totals are summed into
/// arrays by number rather than looked up by text for every entry. Numbers are never taken back;
/// there are only as many as there are words in use (a few hundred).
/// </summary>
public sealed class TotalKeys
{
    public Numbered Themes { get; } = new();

    public Numbered Statuses { get; } = new();

    public Numbered Municipalities { get; } = new();

    /// <summary>Words numbered in the order first seen.</summary>
    public sealed class Numbered
    {
        private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
        private readonly List<string> _words = [];

        public int Count => _words.Count;

        public string this[int number] => _words[number];

        public int Of(string word)
        {
            if (!_numbers.TryGetValue(word, out var number))
            {
                _numbers[word] = number = _words.Count;
                _words.Add(word);
            }

            return number;
        }
    }
}

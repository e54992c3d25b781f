using System.Collections.Frozen;

namespace ClaimDiff.Text;

/// <summary>
/// The word lists that ship as embedded resources (<c>Resources/Words/NAME.txt</c>), one per concept, each read by
/// every stage that needs it. One entry per line: a word or a phrase, then, where the list gives one, a tab and a value;
/// a line starting with '#' is a comment.
/// </summary>
internal static class WordLists
{
    /// <summary>The start of every word list's resource name.</summary>
    internal const string ResourcePrefix = "ClaimDiff.Words.";

    /// <summary>The names of the embedded word lists.</summary>
    internal static IEnumerable<string> Names => typeof(WordLists).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Select(n => n[ResourcePrefix.Length..^".txt".Length]);

    /// <summary>The entries of list <paramref name="name"/> in file order.</summary>
    public static IReadOnlyList<string> Words(string name) => [.. Entries(name).Select(e => e.Entry)];

    /// <summary>The words of the lists, in any case.</summary>
    public static FrozenSet<string> Set(params string[] names)
        => names.SelectMany(Words).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The entries of list <paramref name="name"/> with their values, in file order.</summary>
    public static IReadOnlyList<(string Entry, string Value)> Entries(string name)
    {
        var resource = ResourcePrefix + name + ".txt";
        using var stream = typeof(WordLists).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded word list {resource} is missing from ClaimDiff.dll.");
        using var reader = new StreamReader(stream);
        var entries = new List<(string, string)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            entries.Add(tab < 0 ? (line.Trim(), "") : (line[..tab].Trim(), line[(tab + 1)..].Trim()));
        }
        return entries;
    }
}

using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;

namespace ClaimDiff.Text;

/// <summary>How a word of a second text relates to a word of a first text, by WordNet.</summary>
internal enum WordRelation : byte
{
    /// <summary>No relation found (or a word WordNet does not know).</summary>
    None,

    /// <summary>The same lemma ("ran" and "running").</summary>
    Same,

    /// <summary>The words share a sense ("car" and "automobile").</summary>
    Synonym,

    /// <summary>The second word is more general ("dog" → "animal"): the first entails it.</summary>
    Hypernym,

    /// <summary>The second word is more specific ("animal" → "dog").</summary>
    Hyponym,

    /// <summary>Opposites ("rise" and "fall", "man" and "woman").</summary>
    Antonym,

    /// <summary>Different kinds of one thing ("dog" and "cat", "sit" and "stand"): usually incompatible.</summary>
    Sibling,
}

/// <summary>The parts of speech of WordNet, in the order of its tables.</summary>
internal enum PartOfSpeech
{
    /// <summary>Nouns.</summary>
    Noun,

    /// <summary>Verbs.</summary>
    Verb,

    /// <summary>Adjectives.</summary>
    Adjective,

    /// <summary>Adverbs.</summary>
    Adverb,
}

/// <summary>
/// A compact subset of WordNet 3.0 (see <c>tools/make-wordnet-lexicon.py</c> and the licence at the head of the
/// embedded <c>wordnet-lexicon.tsv.gz</c>): single-word lemmas with their three most frequent senses per part of
/// speech, hypernym links, lemma antonyms and irregular inflections. Relates two words as written, lemmatising them
/// the way WordNet's morphy does.
/// </summary>
/// <remarks>Thread-safe: the tables are read-only after loading and per-word lookups are cached concurrently.</remarks>
internal sealed class WordNetLexicon
{
    private const string ResourceName = "ClaimDiff.Resources.wordnet-lexicon.tsv.gz";

    /// <summary>How far up the hypernym chain a word is still "more general" (dog → canine → carnivore → … → animal).</summary>
    private const int MaxHypernymDistance = 12;

    /// <summary>Siblings share an ancestor at most this many links up from each word…</summary>
    private const int MaxSiblingDistance = 2;

    /// <summary>…and that ancestor must lie at least this deep, so that "dog" and "idea" (both entities) are not siblings.</summary>
    private const int MinSiblingAncestorDepth = 4;

    private static readonly Lazy<WordNetLexicon> LazyDefault = new(LoadDefault);

    private static readonly (string Suffix, string Ending)[][] Detachments =
    [
        [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")],
        [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")],
        [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
        [],
    ];

    private readonly int[][] _hypernyms;
    private readonly byte[] _categories;
    private readonly int[] _depth;
    private readonly FrozenDictionary<string, int[]>[] _senses;
    private readonly FrozenDictionary<string, string[]>[] _exceptions;
    private readonly FrozenDictionary<string, FrozenSet<string>> _antonyms;
    private readonly ConcurrentDictionary<string, WordSenses> _cache = new(StringComparer.Ordinal);

    private WordNetLexicon(int[][] hypernyms, byte[] categories, FrozenDictionary<string, int[]>[] senses, FrozenDictionary<string, string[]>[] exceptions, FrozenDictionary<string, FrozenSet<string>> antonyms)
    {
        _hypernyms = hypernyms;
        _categories = categories;
        _senses = senses;
        _exceptions = exceptions;
        _antonyms = antonyms;
        _depth = new int[hypernyms.Length];
        Array.Fill(_depth, -1);
        for (var s = 0; s < hypernyms.Length; s++)
            DepthOf(s);
    }

    /// <summary>The lexicon embedded in the ClaimDiff assembly, loaded on first use.</summary>
    public static WordNetLexicon Default => LazyDefault.Value;

    /// <summary>The lexicographer files of the categories ClaimDiff reads by name.</summary>
    public const int NounPerson = 18, NounGroup = 14, VerbCognition = 31, VerbCommunication = 32;

    /// <summary>The number of WordNet lexicographer files (noun.person, verb.motion, adj.all …), the range of <see cref="Category"/>.</summary>
    public const int CategoryCount = 45;

    /// <summary>The number of synsets (for diagnostics).</summary>
    public int SynsetCount => _hypernyms.Length;

    /// <summary>Whether WordNet knows <paramref name="word"/> (lower case, as written) in any part of speech.</summary>
    public bool Knows(string word) => Lookup(word).Lemmas.Length > 0;

    /// <summary>
    /// What kind of thing <paramref name="word"/> most often names: the lexicographer file of its most frequent sense
    /// (3 noun.act, 18 noun.person, 38 verb.motion, 0 adj.all …), or -1 for a word WordNet does not know. A word
    /// ending in -ing or -ed with a verb reading counts as a verb.
    /// </summary>
    public int Category(string word)
    {
        var senses = Lookup(word);
        return senses.Senses.Length == 0 ? -1 : _categories[senses.Senses[0]];
    }

    /// <summary>
    /// The lexicographer file of the most frequent sense of <paramref name="word"/> (lower case, as written) read as
    /// <paramref name="partOfSpeech"/> (32 verb.communication for "disclosed", 14 noun.group for "bureaus"), with the
    /// lemma it was read as; -1 and the word itself when WordNet has no such reading.
    /// </summary>
    public (int Category, string Lemma) Reading(string word, PartOfSpeech partOfSpeech)
    {
        var pos = (int)partOfSpeech;
        foreach (var lemma in BaseForms(word, pos))
            if (_senses[pos].TryGetValue(lemma, out var ids) && ids.Length > 0)
                return (_categories[ids[0]], lemma);
        return (-1, word);
    }

    /// <summary>The base form of <paramref name="word"/> (lower case, as written) by its most frequent reading, or the word itself when WordNet does not know it.</summary>
    public string Lemma(string word) => Lookup(word).Lemmas is [var lemma, ..] ? lemma : word;

    /// <summary>How <paramref name="second"/> relates to <paramref name="first"/>; both lower case, as written.</summary>
    public WordRelation Relate(string first, string second)
    {
        var a = Lookup(first);
        var b = Lookup(second);
        if (a.Lemmas.Length == 0 || b.Lemmas.Length == 0) return WordRelation.None;
        foreach (var lemma in a.Lemmas)
            if (Array.IndexOf(b.Lemmas, lemma) >= 0) return WordRelation.Same;
        foreach (var s in a.Senses)
            if (Array.IndexOf(b.Senses, s) >= 0) return WordRelation.Synonym;
        foreach (var lemma in a.Lemmas)
        {
            if (!_antonyms.TryGetValue(lemma, out var opposites)) continue;
            foreach (var other in b.Lemmas)
                if (opposites.Contains(other)) return WordRelation.Antonym;
        }
        foreach (var s in b.Senses)
            if (a.Ancestors.ContainsKey(s)) return WordRelation.Hypernym;
        foreach (var s in a.Senses)
            if (b.Ancestors.ContainsKey(s)) return WordRelation.Hyponym;
        foreach (var (ancestor, distance) in a.Ancestors)
        {
            if (distance <= MaxSiblingDistance && _depth[ancestor] >= MinSiblingAncestorDepth
                && b.Ancestors.TryGetValue(ancestor, out var other) && other <= MaxSiblingDistance)
                return WordRelation.Sibling;
        }
        return WordRelation.None;
    }

    /// <summary>Reads a lexicon in the format <c>tools/make-wordnet-lexicon.py</c> writes (gzip-compressed).</summary>
    /// <exception cref="ModelLoadException">The data is not such a lexicon.</exception>
    public static WordNetLexicon Load(Stream gzip)
    {
        var hypernyms = new List<int[]>();
        var categories = new List<byte>();
        var senses = Enumerable.Range(0, 4).Select(_ => new Dictionary<string, int[]>(StringComparer.Ordinal)).ToArray();
        var exceptions = Enumerable.Range(0, 4).Select(_ => new Dictionary<string, List<string>>(StringComparer.Ordinal)).ToArray();
        var antonyms = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var lineNumber = 0;
        try
        {
            using var reader = new StreamReader(new GZipStream(gzip, CompressionMode.Decompress), System.Text.Encoding.UTF8);
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                if (line.Length == 0 || line[0] == '#') continue;
                var fields = line.Split('\t');
                switch (fields[0])
                {
                    case "S" when fields.Length == 3:
                        var lexicographerFile = int.Parse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture);
                        if (lexicographerFile >= CategoryCount) throw new FormatException($"lexicographer file {lexicographerFile} is out of range");
                        categories.Add((byte)lexicographerFile);
                        hypernyms.Add(Numbers(fields[2]));
                        break;
                    case "L" when fields.Length == 4:
                        senses[Pos(fields[2])][fields[1]] = Numbers(fields[3]);
                        break;
                    case "A" when fields.Length == 3:
                        AddAntonym(fields[1], fields[2]);
                        AddAntonym(fields[2], fields[1]);
                        break;
                    case "X" when fields.Length == 4:
                        var list = exceptions[Pos(fields[1])];
                        if (!list.TryGetValue(fields[2], out var lemmas)) list[fields[2]] = lemmas = [];
                        lemmas.Add(fields[3]);
                        break;
                    default:
                        throw new FormatException($"unknown record '{fields[0]}'");
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or OverflowException or IndexOutOfRangeException)
        {
            throw new ModelLoadException($"The WordNet lexicon is malformed at line {lineNumber}: {e.Message}", e);
        }
        var count = hypernyms.Count;
        if (count == 0 || senses.Any(s => s.Values.Any(ids => ids.Any(id => id >= count))) || hypernyms.Any(h => h.Any(id => id >= count)))
            throw new ModelLoadException("The WordNet lexicon refers to synsets it does not define.");
        return new WordNetLexicon(
            [.. hypernyms],
            [.. categories],
            [.. senses.Select(s => s.ToFrozenDictionary(StringComparer.Ordinal))],
            [.. exceptions.Select(x => x.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal))],
            antonyms.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal));

        void AddAntonym(string from, string to)
        {
            if (!antonyms.TryGetValue(from, out var set)) antonyms[from] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(to);
        }

        static int Pos(string pos) => pos switch
        {
            "n" => 0,
            "v" => 1,
            "a" => 2,
            "r" => 3,
            _ => throw new FormatException($"unknown part of speech '{pos}'"),
        };

        static int[] Numbers(string field)
            => field.Length == 0 ? [] : [.. field.Split(' ').Select(n => int.Parse(n, NumberStyles.None, CultureInfo.InvariantCulture))];
    }

    private int DepthOf(int synset)
    {
        if (_depth[synset] >= 0) return _depth[synset];
        _depth[synset] = 0; // guards against a cycle while the real depth is computed
        var depth = 0;
        if (_hypernyms[synset].Length > 0)
        {
            depth = int.MaxValue;
            foreach (var parent in _hypernyms[synset])
                depth = Math.Min(depth, DepthOf(parent) + 1);
        }
        return _depth[synset] = depth;
    }

    private WordSenses Lookup(string word) => _cache.GetOrAdd(word, Build);

    private WordSenses Build(string word)
    {
        var lemmas = new List<string>();
        var senses = new List<int>();
        // Senses most frequent first; an -ing or -ed form is read as a verb first ("running", "parked").
        int[] order = word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal) ? [1, 0, 2, 3] : [0, 1, 2, 3];
        foreach (var pos in order)
        {
            foreach (var lemma in BaseForms(word, pos))
            {
                if (!_senses[pos].TryGetValue(lemma, out var ids)) continue;
                if (!lemmas.Contains(lemma)) lemmas.Add(lemma);
                foreach (var id in ids)
                    if (!senses.Contains(id)) senses.Add(id);
            }
        }
        // Breadth-first up the hypernym links, keeping each ancestor's shortest distance.
        var ancestors = new Dictionary<int, int>();
        var frontier = new List<int>(senses);
        for (var distance = 1; distance <= MaxHypernymDistance && frontier.Count > 0; distance++)
        {
            var next = new List<int>();
            foreach (var s in frontier)
                foreach (var parent in _hypernyms[s])
                    if (ancestors.TryAdd(parent, distance)) next.Add(parent);
            frontier = next;
        }
        return new WordSenses([.. lemmas], [.. senses], ancestors);
    }

    /// <summary>WordNet's morphy: the word itself, its listed irregular forms, and the regular detachments.</summary>
    private IEnumerable<string> BaseForms(string word, int pos)
    {
        yield return word;
        if (_exceptions[pos].TryGetValue(word, out var irregular))
            foreach (var lemma in irregular) yield return lemma;
        foreach (var (suffix, ending) in Detachments[pos])
            if (word.Length > suffix.Length + 1 && word.EndsWith(suffix, StringComparison.Ordinal))
                yield return string.Concat(word.AsSpan(0, word.Length - suffix.Length), ending);
    }

    private static WordNetLexicon LoadDefault()
    {
        using var stream = typeof(WordNetLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new ModelLoadException($"The embedded resource '{ResourceName}' is missing from the ClaimDiff assembly.");
        return Load(stream);
    }

    private sealed record WordSenses(string[] Lemmas, int[] Senses, Dictionary<int, int> Ancestors);
}

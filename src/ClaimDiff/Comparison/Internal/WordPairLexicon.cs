using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using ClaimDiff.Text;

namespace ClaimDiff.Comparison.Internal;

/// <summary>
/// Word pairs that people named when they explained why one sentence contradicts, follows from or merely adds to
/// another ("a man cannot be <i>sleeping</i> and <i>running</i> at once"), mined from the human explanations of the
/// training pairs (e-SNLI) and counted per label. A pair is (a word of the first text that the second lacks, a word of
/// the second text that the first lacks), both as WordNet lemmas. It ships inside the relation model zip.
/// </summary>
/// <remarks>Immutable and thread-safe once built.</remarks>
internal sealed class WordPairLexicon
{
    /// <summary>The zip entry that holds the table in a saved relation model.</summary>
    public const string EntryName = "ClaimDiff/word-pairs.tsv";

    /// <summary>contradiction, agreement, neutral.</summary>
    private const int Labels = 3;

    /// <summary>A pair is kept, and counts for a label, once the explanations name it at least this often.</summary>
    private const int MinCount = 2;

    /// <summary>The share of a pair's mentions a label needs for the pair to count as that label's.</summary>
    private const float MinShare = 0.6f;

    /// <summary>Per label: pairs of that label found, the highest share of mentions of that label among the pairs found.</summary>
    public const int FeatureCount = 2 * Labels;

    public static readonly string[] Names =
    [
        "explained_contradiction_pairs", "explained_agreement_pairs", "explained_neutral_pairs",
        "explained_contradiction_share", "explained_agreement_share", "explained_neutral_share",
    ];

    private readonly FrozenDictionary<(string, string), int[]> _counts;

    private WordPairLexicon(FrozenDictionary<(string, string), int[]> counts) => _counts = counts;

    /// <summary>A table with no pairs (features all zero).</summary>
    public static WordPairLexicon Empty { get; } = new(FrozenDictionary<(string, string), int[]>.Empty);

    /// <summary>The number of pairs.</summary>
    public int Count => _counts.Count;

    /// <summary>One word pair an explanation names, and the label of the explained example (0 contradiction, 1 agreement, 2 neutral).</summary>
    public readonly record struct Mention(string First, string Second, int Label);

    /// <summary>
    /// The pairs whose two words each explanation of <paramref name="example"/> uses, once per explanation; none for an
    /// example without explanations or labelled other than contradiction, agreement and neutral.
    /// </summary>
    /// <param name="example">The explained pair.</param>
    /// <param name="contentWords">The informative words of a text, lower case, as written.</param>
    /// <param name="lexicon">For the lemmas.</param>
    public static List<Mention> Mentions(RelationExample example, Func<string, string[]> contentWords, WordNetLexicon lexicon)
    {
        var mentions = new List<Mention>();
        if (example.Explanations is not { Count: > 0 } explanations || Slot(example.Label) is not { } slot) return mentions;
        var (first, second) = NewWords(Lemmas(contentWords(example.First), lexicon), Lemmas(contentWords(example.Second), lexicon));
        foreach (var explanation in explanations)
        {
            var used = Lemmas(contentWords(explanation), lexicon);
            foreach (var a in first)
                if (used.Contains(a))
                    foreach (var b in second)
                        if (used.Contains(b)) mentions.Add(new Mention(a, b, slot));
        }
        return mentions;
    }

    /// <summary>The table of the pairs mentioned at least <see cref="MinCount"/> times, counted per label.</summary>
    public static WordPairLexicon Tally(IEnumerable<IEnumerable<Mention>> mentions)
    {
        var counts = new Dictionary<(string, string), int[]>();
        foreach (var m in mentions.SelectMany(x => x))
        {
            if (!counts.TryGetValue((m.First, m.Second), out var c)) counts[(m.First, m.Second)] = c = new int[Labels];
            c[m.Label]++;
        }
        return new WordPairLexicon(counts.Where(kv => kv.Value.Sum() >= MinCount).ToFrozenDictionary());
    }

    /// <summary>Writes <see cref="FeatureCount"/> features of the pair (<paramref name="first"/>, <paramref name="second"/>) into <paramref name="f"/>.</summary>
    public void Features(string[] first, string[] second, WordNetLexicon lexicon, Span<float> f)
    {
        f[..FeatureCount].Clear();
        if (_counts.Count == 0) return;
        var (a, b) = NewWords(Lemmas(first, lexicon), Lemmas(second, lexicon));
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (!_counts.TryGetValue((x, y), out var c)) continue;
                float total = c[0] + c[1] + c[2];
                for (var label = 0; label < Labels; label++)
                {
                    var share = c[label] / total;
                    if (c[label] >= MinCount && share >= MinShare) f[label]++;
                    f[Labels + label] = Math.Max(f[Labels + label], share);
                }
            }
        }
    }

    public void Write(Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine("# first\tsecond\tcontradiction\tagreement\tneutral");
        foreach (var ((a, b), c) in _counts.OrderBy(kv => kv.Key.Item1, StringComparer.Ordinal).ThenBy(kv => kv.Key.Item2, StringComparer.Ordinal))
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{a}\t{b}\t{c[0]}\t{c[1]}\t{c[2]}"));
    }

    /// <exception cref="ModelLoadException">A line is not a pair with three counts.</exception>
    public static WordPairLexicon Read(Stream stream)
    {
        var counts = new Dictionary<(string, string), int[]>();
        using var reader = new StreamReader(stream, Encoding.UTF8, leaveOpen: true);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            var c = new int[Labels];
            if (fields.Length != 2 + Labels || !Enumerable.Range(0, Labels).All(i => int.TryParse(fields[2 + i], NumberStyles.None, CultureInfo.InvariantCulture, out c[i])))
                throw new ModelLoadException($"The relation model's word-pair table is corrupt at line {lineNumber}: expected two words and {Labels} counts.");
            counts[(fields[0], fields[1])] = c;
        }
        return new WordPairLexicon(counts.ToFrozenDictionary());
    }

    private static int? Slot(RelationLabel label) => label switch
    {
        RelationLabel.Contradiction => 0,
        RelationLabel.Agreement => 1,
        RelationLabel.Neutral => 2,
        _ => null,
    };

    private static HashSet<string> Lemmas(string[] words, WordNetLexicon lexicon)
    {
        var lemmas = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in words) lemmas.Add(lexicon.Lemma(w));
        return lemmas;
    }

    /// <summary>Each side's lemmas that the other side lacks.</summary>
    private static (HashSet<string> First, HashSet<string> Second) NewWords(HashSet<string> first, HashSet<string> second)
    {
        var a = new HashSet<string>(first, StringComparer.Ordinal);
        a.ExceptWith(second);
        second.ExceptWith(first);
        return (a, second);
    }
}

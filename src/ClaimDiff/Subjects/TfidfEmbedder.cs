using ClaimDiff.Internal;
using ClaimDiff.Text;

namespace ClaimDiff.Subjects;

/// <summary>
/// Sparse TF-IDF vectors over stemmed terms, weighted by a background <see cref="DocumentFrequencies"/> table, so that
/// a word common in news ("said", "government") counts less than a rare one ("dual-use", "magnets").
/// Numbers and years are kept as terms.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TfidfEmbedder : ITextEmbedder
{
    private static readonly Lazy<TfidfEmbedder> DefaultEmbedder = new(() => new TfidfEmbedder(DocumentFrequencies.Default));

    /// <summary>Creates an embedder weighted by <paramref name="frequencies"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="frequencies"/> is <see langword="null"/>.</exception>
    public TfidfEmbedder(DocumentFrequencies frequencies) => Frequencies = Guard.NotNull(frequencies);

    /// <summary>The embedder over the package's built-in <see cref="DocumentFrequencies.Default"/> table.</summary>
    public static TfidfEmbedder Default => DefaultEmbedder.Value;

    /// <summary>The <see cref="Frequencies"/>: the vectors are over words.</summary>
    public DocumentFrequencies TermWeights => Frequencies;

    /// <summary>The background term statistics.</summary>
    public DocumentFrequencies Frequencies { get; }

    /// <inheritdoc />
    public IReadOnlyList<TextVector> Embed(IReadOnlyList<string> texts)
    {
        Guard.NotNull(texts);
        var vectors = new TextVector[texts.Count];
        for (var i = 0; i < texts.Count; i++)
            vectors[i] = Embed(texts[i]);
        return vectors;
    }

    /// <summary>Embeds one text.</summary>
    public TextVector Embed(string text) => TextAnalysis.Of(Guard.NotNull(text)).VectorFor(this);

    /// <summary>Embeds already tokenised text: the same vector as <see cref="Embed(string)"/> of the text the tokens came from.</summary>
    internal TextVector Embed(IEnumerable<Token> tokens)
    {
        var weights = new Dictionary<int, float>();
        foreach (var token in tokens)
        {
            var term = token.Term;
            if (!Tokenizer.IsInformative(term)) continue;
            var index = TermIndex(term);
            weights[index] = weights.GetValueOrDefault(index) + Frequencies.Idf(term);
        }
        return new TextVector(weights);
    }

    /// <summary>A stable (FNV-1a) hash of a term: the same index on every run and machine, unlike <see cref="string.GetHashCode()"/>.</summary>
    internal static int TermIndex(string term)
    {
        var hash = 2166136261u;
        foreach (var c in term)
            hash = (hash ^ c) * 16777619u;
        return (int)(hash & 0x7FFFFFFF);
    }
}

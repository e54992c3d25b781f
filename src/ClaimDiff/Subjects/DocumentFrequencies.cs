using System.Globalization;
using System.IO.Compression;
using System.Text;
using ClaimDiff.Internal;
using ClaimDiff.Text;

namespace ClaimDiff.Subjects;

/// <summary>
/// How many documents of a background corpus contain each term: the inverse document frequencies that weight
/// <see cref="TfidfEmbedder"/> vectors. The default table ships inside the package.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DocumentFrequencies
{
    private const string ResourceName = "ClaimDiff.Resources.document-frequencies.tsv.gz";
    private static readonly Lazy<DocumentFrequencies> DefaultTable = new(LoadDefault);
    private readonly Dictionary<string, int> _counts;

    private DocumentFrequencies(int documentCount, Dictionary<string, int> counts)
    {
        DocumentCount = documentCount;
        _counts = counts;
    }

    /// <summary>The table shipped in the package (built by <c>claimdiff train</c> from the FNC-1 training bodies).</summary>
    /// <exception cref="ModelLoadException">The embedded table is missing or corrupt.</exception>
    public static DocumentFrequencies Default => DefaultTable.Value;

    /// <summary>The number of documents counted.</summary>
    public int DocumentCount { get; }

    /// <summary>The number of distinct terms counted.</summary>
    public int TermCount => _counts.Count;

    /// <summary>The smoothed inverse document frequency of a normalised term: <c>ln((N + 1) / (df + 1)) + 1</c>.</summary>
    public float Idf(string term) => MathF.Log((DocumentCount + 1f) / (_counts.GetValueOrDefault(term) + 1f)) + 1f;

    /// <summary>Counts the terms of <paramref name="documents"/>, keeping those in at least <paramref name="minCount"/> documents.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minCount"/> is below 1.</exception>
    public static DocumentFrequencies Build(IEnumerable<string> documents, int minCount = 2)
    {
        Guard.NotNull(documents);
        Guard.InRange(minCount, 1, int.MaxValue);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var n = 0;
        foreach (var document in documents)
        {
            n++;
            foreach (var term in Tokenizer.Terms(document).Distinct())
                counts[term] = counts.GetValueOrDefault(term) + 1;
        }
        return new DocumentFrequencies(n, counts.Where(kv => kv.Value >= minCount).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal));
    }

    /// <summary>Writes the table as gzip-compressed tab-separated text, terms in ordinal order, so the bytes are reproducible.</summary>
    public void Save(Stream stream)
    {
        Guard.NotNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine($"#documents\t{DocumentCount}");
        foreach (var (term, count) in _counts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            writer.WriteLine($"{term}\t{count.ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>Reads a table written by <see cref="Save"/>.</summary>
    /// <exception cref="ModelLoadException">The data is not such a table.</exception>
    public static DocumentFrequencies Load(Stream stream)
    {
        Guard.NotNull(stream);
        try
        {
            using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true), Encoding.UTF8);
            var header = reader.ReadLine()?.Split('\t');
            if (header is not ["#documents", var n])
                throw new ModelLoadException("The document-frequency table has no '#documents' header.");
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var lineNumber = 1;
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                var tab = line.IndexOf('\t');
                if (tab <= 0 || !int.TryParse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                    throw new ModelLoadException($"The document-frequency table is malformed at line {lineNumber}.");
                counts[line[..tab]] = count;
            }
            return new DocumentFrequencies(int.Parse(n, CultureInfo.InvariantCulture), counts);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or OverflowException)
        {
            throw new ModelLoadException("The document-frequency table is corrupt.", e);
        }
    }

    private static DocumentFrequencies LoadDefault()
    {
        using var stream = typeof(DocumentFrequencies).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new ModelLoadException($"The embedded resource '{ResourceName}' is missing from the ClaimDiff assembly.");
        return Load(stream);
    }
}

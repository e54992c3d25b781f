using System.Collections.Concurrent;
using ClaimDiff.Claims;
using ClaimDiff.Internal;
using ClaimDiff.Text;

namespace ClaimDiff.Subjects;

/// <summary>
/// Groups claims by subject without comparing every claim with every other. Identical texts start as one group; a
/// text that is a near-duplicate (cosine of at least 0.65) of an earlier group's first text joins that group, found
/// through an inverted index over vector entries; the groups' first texts are then linked through an inverted index
/// over informative terms (pairs with a cosine of at least 0.1, each group keeping its 64 strongest), and
/// average-linkage agglomeration merges groups while their average similarity stays above
/// <see cref="SubjectOptions.SimilarityThreshold"/>. No preset number of subjects; deterministic.
/// </summary>
/// <remarks>Immutable and thread-safe when its embedder is.</remarks>
public sealed class SubjectGrouper : ISubjectGrouper
{
    /// <summary>Terms found in more claims than this do not propose candidate pairs (they say little about the subject).</summary>
    public const int MaxPostingLength = 2000;

    /// <summary>A text joins an earlier group when its cosine with the group's first text reaches this (a near-duplicate).</summary>
    internal const float NearDuplicateSimilarity = 0.65f;

    /// <summary>Weaker links are left out of the linkage graph: they barely move an average, and at scale they are most of the edges.</summary>
    internal const float MinLinkSimilarity = 0.1f;

    /// <summary>Each group keeps only its strongest links for the linkage (a link stays when either end keeps it).</summary>
    internal const int MaxLinksPerGroup = 64;

    private readonly ITextEmbedder _embedder;
    private readonly SubjectOptions _options;
    private readonly Lazy<DocumentFrequencies> _keywordWeights;
    private readonly ConcurrentDictionary<string, TextVector>? _memory;

    /// <summary>Creates a grouper.</summary>
    /// <param name="embedder">Embeds claim contents.</param>
    /// <param name="options">Grouping options; copied.</param>
    /// <param name="keywordWeights">Weighs terms when choosing subject keywords; <see langword="null"/> for the embedder's <see cref="ITextEmbedder.TermWeights"/>, else <see cref="DocumentFrequencies.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="embedder"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    public SubjectGrouper(ITextEmbedder embedder, SubjectOptions options, DocumentFrequencies? keywordWeights = null)
    {
        _embedder = Guard.NotNull(embedder);
        _options = Guard.NotNull(options).Clone();
        _keywordWeights = new(() => keywordWeights ?? embedder.TermWeights ?? DocumentFrequencies.Default);
    }

    private SubjectGrouper(SubjectGrouper other)
    {
        (_embedder, _options, _keywordWeights) = (other._embedder, other._options, other._keywordWeights);
        _memory = new ConcurrentDictionary<string, TextVector>(StringComparer.Ordinal);
    }

    /// <summary>
    /// A grouper for one analysis that grows (<see cref="AnalysisSession"/>): the same embedder and options, remembering
    /// the vector of every text it embeds, so that regrouping after each added article embeds only the new texts (with
    /// MiniLM, 100 FNC-1 bodies added one at a time embed 1,565 texts instead of 79,716). The memory lives as long
    /// as the grouper.
    /// </summary>
    internal SubjectGrouper WithMemory() => new(this);

    /// <summary>This grouper, or for a growing analysis one that remembers the vector of every text it embeds (<see cref="WithMemory"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is <see langword="null"/>.</exception>
    public ISubjectGrouper ForAnalysis(AnalysisScope scope) => Guard.NotNull(scope).Growing ? WithMemory() : this;

    /// <inheritdoc />
    public IReadOnlyList<Subject> Group(IReadOnlyList<Claim> claims, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(claims);
        if (claims.Count == 0)
            return [];
        // A lexical embedder sees only words, so claims get their broad news concepts added (see NewsConcepts).
        var allTexts = _embedder.TermWeights is not null ? claims.Select(c => NewsConcepts.Expand(c.Content)).ToList() : claims.Select(c => c.Content).ToList();
        // Claims with the same text are one subject from the start: they are embedded, indexed and linked once, so a
        // corpus that repeats a headline or a page that repeats a paragraph costs no more than its distinct texts.
        var nodes = allTexts.Select((text, index) => (text, index))
            .GroupBy(x => x.text, x => x.index, StringComparer.Ordinal)
            .Select(g => (Text: g.Key, Members: g.ToList()))
            .ToList();
        var vectors = Embed(nodes.Select(n => n.Text).ToList());
        // Near-duplicates are linked to their group's first text only, so a story told in thousands of slightly
        // different headlines costs one linkage node, not millions of edges.
        var groups = NearDuplicateGroups(vectors, cancellationToken);
        var terms = groups.Select(g => Tokenizer.Terms(nodes[g[0]].Text).Distinct().ToArray()).ToArray();
        var edges = CandidateEdges(groups.Select(g => vectors[g[0]]).ToList(), terms, cancellationToken);
        var members = groups.Select(g => g.SelectMany(n => nodes[n].Members).ToList()).ToList();
        var clusters = AverageLinkage.Cluster(members, edges, _options.SimilarityThreshold, cancellationToken);
        var vectorOf = new TextVector[claims.Count];
        foreach (var (node, vector) in nodes.Zip(vectors))
            foreach (var member in node.Members)
                vectorOf[member] = vector;
        return clusters
            .Select(members => members.Order().ToArray())
            .OrderBy(members => members[0])
            .Select((members, i) => SubjectNaming.Describe("s" + (i + 1), members, claims, vectorOf, _keywordWeights.Value))
            .ToList();
    }

    /// <summary>
    /// One pass in order: each text joins the earlier group whose first text it is most similar to, when that cosine
    /// reaches <see cref="NearDuplicateSimilarity"/>, else starts a group. The cosines with the groups' first texts are
    /// summed term by term through an inverted index over their vector entries, leaving out entries shared by more than
    /// <see cref="MaxPostingLength"/> groups (for a dense embedding that is every entry, so no text joins another here).
    /// </summary>
    /// <summary>Embeds distinct texts, those remembered from earlier calls taken from memory.</summary>
    private IReadOnlyList<TextVector> Embed(List<string> texts)
    {
        if (_memory is null)
            return _embedder.Embed(texts);
        var missing = texts.Where(t => !_memory.ContainsKey(t)).ToList();
        if (missing.Count > 0)
            foreach (var (text, vector) in missing.Zip(_embedder.Embed(missing)))
                _memory[text] = vector;
        return texts.Select(t => _memory[t]).ToList();
    }

    private static List<List<int>> NearDuplicateGroups(IReadOnlyList<TextVector> vectors, CancellationToken cancellationToken)
    {
        var groups = new List<List<int>>();
        var postings = new Dictionary<int, List<(int Group, float Weight)>>();
        var dot = new List<float>();
        var touched = new List<int>();
        for (var i = 0; i < vectors.Count; i++)
        {
            if ((i & 1023) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            var indices = vectors[i].Indices;
            var values = vectors[i].Values;
            for (var k = 0; k < indices.Length; k++)
            {
                if (!postings.TryGetValue(indices[k], out var list) || list.Count > MaxPostingLength)
                    continue;
                foreach (var (g, weight) in list)
                {
                    if (dot[g] == 0)
                        touched.Add(g);
                    dot[g] += values[k] * weight;
                }
            }
            var (best, bestSimilarity) = (-1, NearDuplicateSimilarity);
            foreach (var g in touched)
            {
                if (dot[g] > bestSimilarity || (dot[g] == bestSimilarity && (best < 0 || g < best)))
                    (best, bestSimilarity) = (g, dot[g]);
                dot[g] = 0;
            }
            touched.Clear();
            if (best >= 0)
            {
                groups[best].Add(i);
                continue;
            }
            for (var k = 0; k < indices.Length; k++)
                (postings.TryGetValue(indices[k], out var list) ? list : postings[indices[k]] = []).Add((groups.Count, values[k]));
            groups.Add([i]);
            dot.Add(0);
        }
        return groups;
    }

    private static List<(int A, int B, float Similarity)> CandidateEdges(IReadOnlyList<TextVector> vectors, string[][] terms, CancellationToken cancellationToken)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < terms.Length; i++)
            foreach (var term in terms[i])
                (postings.TryGetValue(term, out var list) ? list : postings[term] = []).Add(i);

        // Nodes are scanned in chunks on all cores; the chunks' links are joined in node order, so the result does not
        // depend on the scheduling.
        const int ChunkSize = 256;
        var chunks = new List<(int, int, float)>[(terms.Length + ChunkSize - 1) / ChunkSize];
        Parallel.For(0, chunks.Length, new ParallelOptions { CancellationToken = cancellationToken }, chunk =>
        {
            var found = chunks[chunk] = [];
            var seen = new HashSet<int>();
            for (var i = chunk * ChunkSize; i < Math.Min(terms.Length, (chunk + 1) * ChunkSize); i++)
            {
                seen.Clear();
                foreach (var term in terms[i])
                {
                    var list = postings[term];
                    if (list.Count > MaxPostingLength)
                        continue;
                    foreach (var j in list)
                    {
                        if (j <= i || !seen.Add(j))
                            continue;
                        var similarity = vectors[i].Cosine(vectors[j]);
                        if (similarity >= MinLinkSimilarity)
                            found.Add((i, j, similarity));
                    }
                }
            }
        });
        var edges = chunks.SelectMany(c => c).ToList();
        return StrongestLinks(edges, terms.Length);
    }

    /// <summary>Keeps the links that are among the <see cref="MaxLinksPerGroup"/> strongest of either of their ends, in their order.</summary>
    private static List<(int A, int B, float Similarity)> StrongestLinks(List<(int A, int B, float Similarity)> edges, int count)
    {
        var degree = new int[count];
        foreach (var (a, b, _) in edges)
        {
            degree[a]++;
            degree[b]++;
        }
        if (degree.All(d => d <= MaxLinksPerGroup))
            return edges;
        var incident = new int[count][];
        for (var i = 0; i < count; i++)
            incident[i] = new int[degree[i]];
        Array.Clear(degree);
        for (var e = 0; e < edges.Count; e++)
        {
            incident[edges[e].A][degree[edges[e].A]++] = e;
            incident[edges[e].B][degree[edges[e].B]++] = e;
        }
        var keep = new bool[edges.Count];
        foreach (var links in incident)
        {
            if (links.Length > MaxLinksPerGroup)
                Array.Sort(links, (x, y) => edges[y].Similarity != edges[x].Similarity ? edges[y].Similarity.CompareTo(edges[x].Similarity) : x.CompareTo(y));
            foreach (var e in links.Take(MaxLinksPerGroup))
                keep[e] = true;
        }
        return edges.Where((_, e) => keep[e]).ToList();
    }
}

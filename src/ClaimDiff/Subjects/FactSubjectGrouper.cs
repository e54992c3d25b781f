using ClaimDiff.Claims;
using ClaimDiff.Comparison;
using ClaimDiff.Internal;

namespace ClaimDiff.Subjects;

/// <summary>
/// Groups claims into facts: a subject is one thing measured or asserted about one event (the death toll, the start
/// date of a levy), not a topic. Articles are first grouped into events (<see cref="SubjectOptions.EventThreshold"/>),
/// and each claim's nearest neighbours among the claims of other articles of its event are found by TF-IDF
/// (at most <see cref="SubjectOptions.FactNeighbours"/> each, so the cost grows with the number of claims, not its
/// square); the relation model reads each such pair, and the probability that the two speak of the same fact (that they
/// contradict or agree, rather than tell another fact of the event or something unrelated) is the pair's link.
/// Average linkage then merges groups while their mean link stays at or above
/// <see cref="SubjectOptions.FactThreshold"/>; pairs that were never read count as 0, so a chain of links does not
/// join two facts. Claims with the same text start as one group. Deterministic for a deterministic model.
/// </summary>
/// <remarks>Immutable and thread-safe when its model is.</remarks>
public sealed class FactSubjectGrouper : ISubjectGrouper
{
    /// <summary>Pairs sharing less wording than this (TF-IDF cosine) are not read: they have no word of substance in common.</summary>
    internal const float MinRetrievalSimilarity = 0.02f;

    /// <summary>Entries (terms) carried by more texts than this propose no neighbours: they say nothing about which fact a claim states.</summary>
    internal const int MaxPostingLength = 2000;

    private readonly IRelationClassifier _model;
    private readonly SubjectOptions _options;
    private readonly TfidfEmbedder _retriever;

    /// <summary>Creates a grouper.</summary>
    /// <param name="model">Reads candidate pairs; its contradiction and agreement probabilities make the same-fact score (the cross-encoder, <see cref="CrossEncoderRelationClassifier.Default"/>, is the one it was tuned with).</param>
    /// <param name="options">Grouping options; copied.</param>
    /// <param name="retriever">Finds candidate neighbours; <see langword="null"/> for <see cref="TfidfEmbedder.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    public FactSubjectGrouper(IRelationClassifier model, SubjectOptions options, TfidfEmbedder? retriever = null)
    {
        _model = Guard.NotNull(model);
        _options = Guard.NotNull(options).Clone();
        _retriever = retriever ?? TfidfEmbedder.Default;
    }

    /// <summary>The same grouper reading pairs through <paramref name="model"/> (an analysis passes its cache, so a pair read for grouping is not read again for comparison).</summary>
    internal FactSubjectGrouper With(IRelationClassifier model) => new(model, _options, _retriever);

    /// <summary>This grouper reading pairs through the analysis's memory when its model is the pipeline's classifier, so that comparing them within a subject does not read them again.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is <see langword="null"/>.</exception>
    public ISubjectGrouper ForAnalysis(AnalysisScope scope)
        => Guard.NotNull(scope).Reading(Model) is var reading && ReferenceEquals(reading, Model) ? this : With(reading);

    /// <summary>The model that reads candidate pairs.</summary>
    internal IRelationClassifier Model => _model;

    /// <inheritdoc />
    public IReadOnlyList<Subject> Group(IReadOnlyList<Claim> claims, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(claims);
        if (claims.Count == 0)
            return [];
        var nodes = claims.Select((claim, index) => (claim, index))
            .GroupBy(x => x.claim.Content, StringComparer.Ordinal)
            .Select(g => (Text: g.Key, Members: g.Select(x => x.index).ToList(), Articles: g.Select(x => x.claim.ArticleId).Distinct(StringComparer.Ordinal).ToArray()))
            .ToList();
        // Broad news concepts are added to the words for retrieval only ("killed" finds "died"); the model reads the claims.
        var vectors = _retriever.Embed(nodes.Select(n => NewsConcepts.Expand(n.Text)).ToList());
        var events = Events(claims, cancellationToken);
        var candidates = Neighbours(vectors, nodes.Select(n => n.Articles.Select(a => events[a]).ToArray()).ToList(),
            nodes.Select(n => n.Articles).ToList(), cancellationToken);
        // Both orders are read (the model is not symmetric) and averaged; comparison within a subject reads both anyway.
        var relations = _model.ClassifyAll([.. candidates.SelectMany(p => new[] { (nodes[p.A].Text, nodes[p.B].Text), (nodes[p.B].Text, nodes[p.A].Text) })], cancellationToken);
        var edges = candidates.Select((p, k) => (p.A, p.B, Similarity: (SameFact(relations[2 * k]) + SameFact(relations[2 * k + 1])) / 2)).ToList();
        var clusters = AverageLinkage.Cluster(nodes.Select(n => n.Members).ToList(), edges, _options.FactThreshold, cancellationToken);
        var vectorOf = new TextVector[claims.Count];
        foreach (var (node, vector) in nodes.Zip(vectors))
            foreach (var member in node.Members)
                vectorOf[member] = vector;
        var frequencies = _retriever.Frequencies;
        // Events are numbered in the order their first subject appears; a subject's event is its first claim's article's.
        var eventIds = new Dictionary<int, string>();
        return clusters
            .Select(members => members.Order().ToArray())
            .OrderBy(members => members[0])
            .Select((members, i) =>
            {
                var e = events[claims[members[0]].ArticleId];
                if (!eventIds.TryGetValue(e, out var eventId))
                    eventIds[e] = eventId = "e" + (eventIds.Count + 1);
                return SubjectNaming.Describe("s" + (i + 1), members, claims, vectorOf, frequencies) with { Event = eventId };
            })
            .ToList();
    }

    /// <summary>The probability that two claims state the same fact: that the model reads them as contradicting or agreeing.</summary>
    public static float SameFact(Relation relation)
    {
        Guard.NotNull(relation);
        return relation.Scores.GetValueOrDefault(RelationLabel.Contradiction) + relation.Scores.GetValueOrDefault(RelationLabel.Agreement);
    }

    /// <summary>
    /// The event of each article (by id): articles grouped by average linkage over the TF-IDF cosine of their claims'
    /// texts taken together, at <see cref="SubjectOptions.EventThreshold"/>; the articles of one event share a number
    /// (all share 0 when the threshold is 0).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> is <see langword="null"/>.</exception>
    public IReadOnlyDictionary<string, int> Events(IReadOnlyList<Claim> claims, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(claims);
        var articles = claims.GroupBy(c => c.ArticleId, StringComparer.Ordinal).ToList();
        var events = new Dictionary<string, int>(StringComparer.Ordinal);
        if (_options.EventThreshold <= 0)
        {
            foreach (var article in articles)
                events[article.Key] = 0;
            return events;
        }
        var vectors = _retriever.Embed(articles.Select(a => string.Join(" ", a.Select(c => c.Content))).ToList());
        var postings = Postings(vectors);
        var edges = new List<(int A, int B, float Similarity)>();
        var dot = new float[vectors.Count];
        var touched = new List<int>();
        for (var i = 0; i < vectors.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Dots(postings, vectors[i], i, dot, touched);
            foreach (var j in touched)
            {
                if (j > i && dot[j] >= MinRetrievalSimilarity)
                    edges.Add((i, j, dot[j]));
                dot[j] = 0;
            }
        }
        var clusters = AverageLinkage.Cluster(articles.Select((_, i) => new List<int> { i }).ToList(), edges, _options.EventThreshold, cancellationToken);
        for (var e = 0; e < clusters.Count; e++)
            foreach (var i in clusters[e])
                events[articles[i].Key] = e;
        return events;
    }

    /// <summary>For each vector entry, the vectors that carry it with their weight.</summary>
    private static Dictionary<int, List<(int Node, float Weight)>> Postings(IReadOnlyList<TextVector> vectors)
    {
        var postings = new Dictionary<int, List<(int Node, float Weight)>>();
        for (var i = 0; i < vectors.Count; i++)
        {
            var indices = vectors[i].Indices;
            var values = vectors[i].Values;
            for (var k = 0; k < indices.Length; k++)
                (postings.TryGetValue(indices[k], out var list) ? list : postings[indices[k]] = []).Add((i, values[k]));
        }
        return postings;
    }

    /// <summary>
    /// Adds to <paramref name="dot"/> the cosine of vector <paramref name="i"/> with every other vector that shares an
    /// entry of at most <see cref="MaxPostingLength"/> vectors with it, listing those in <paramref name="touched"/>
    /// (cleared first; the caller zeroes <paramref name="dot"/> at them after use).
    /// </summary>
    private static void Dots(Dictionary<int, List<(int Node, float Weight)>> postings, TextVector vector, int i, float[] dot, List<int> touched)
    {
        touched.Clear();
        var indices = vector.Indices;
        var values = vector.Values;
        for (var k = 0; k < indices.Length; k++)
        {
            var list = postings[indices[k]];
            if (list.Count > MaxPostingLength)
                continue;
            foreach (var (j, weight) in list)
            {
                if (j == i)
                    continue;
                if (dot[j] == 0)
                    touched.Add(j);
                dot[j] += values[k] * weight;
            }
        }
    }

    /// <summary>
    /// The candidate pairs (lower index first, in order): each text's most similar texts that come from an article it
    /// does not, of an event it does, found through an inverted index over vector entries; a pair is kept when it is
    /// among the strongest of either end.
    /// </summary>
    private List<(int A, int B)> Neighbours(IReadOnlyList<TextVector> vectors, List<int[]> events, List<string[]> articles, CancellationToken cancellationToken)
    {
        var postings = Postings(vectors);
        var best = new (int Node, float Similarity)[vectors.Count][];
        Parallel.For(0, vectors.Count, new ParallelOptions { CancellationToken = cancellationToken }, () => (Dot: new float[vectors.Count], Touched: new List<int>()), (i, _, scratch) =>
        {
            var (dot, touched) = scratch;
            Dots(postings, vectors[i], i, dot, touched);
            best[i] = touched
                .Where(j => dot[j] >= MinRetrievalSimilarity && !OneArticle(articles[i], articles[j]) && events[i].Intersect(events[j]).Any())
                .Select(j => (Node: j, Similarity: dot[j]))
                .OrderByDescending(x => x.Similarity).ThenBy(x => x.Node)
                .Take(_options.FactNeighbours)
                .ToArray();
            foreach (var j in touched)
                dot[j] = 0;
            return scratch;
        }, _ => { });
        var pairs = new SortedSet<(int, int)>();
        for (var i = 0; i < best.Length; i++)
            foreach (var (j, _) in best[i])
                pairs.Add(i < j ? (i, j) : (j, i));
        return [.. pairs];
    }

    /// <summary>Whether two texts are both stated by one article only, the same one: an article tells a fact once.</summary>
    private static bool OneArticle(string[] first, string[] second)
        => first.Length == 1 && second.Length == 1 && string.Equals(first[0], second[0], StringComparison.Ordinal);
}

using System.Collections.Concurrent;
using ClaimDiff.Claims;
using ClaimDiff.Comparison;
using ClaimDiff.Reports;
using ClaimDiff.Subjects;
using ClaimDiff.Text;

namespace ClaimDiff.Internal;

/// <summary>
/// The state of an analysis: the articles read so far with their claims, and the relations already classified.
/// A one-shot analysis fills it once; an <see cref="AnalysisSession"/> keeps adding to it. Not thread-safe on its own.
/// </summary>
internal sealed class Analysis
{
    private readonly ClaimDiffPipeline _pipeline;

    public Analysis(ClaimDiffPipeline pipeline, bool growing = false)
    {
        _pipeline = pipeline;
        _relations = new(pipeline.RelationClassifier);
        _grouper = CreateGrouper(growing);
    }

    private readonly CachedClassifier _relations;
    private readonly ISubjectGrouper _grouper;
    private readonly List<ArticleSummary> _summaries = [];
    private readonly List<Claim> _claims = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private int _nextId = 1;

    public int ArticleCount => _summaries.Count;

    // A mocked grouper that does not set ForAnalysis up gives null.
    private ISubjectGrouper CreateGrouper(bool growing)
        => _pipeline.SubjectGrouper.ForAnalysis(new AnalysisScope(_pipeline.RelationClassifier, _relations, growing)) ?? _pipeline.SubjectGrouper;

    /// <summary>Analyses a whole batch at once.</summary>
    public static Report Run(ClaimDiffPipeline pipeline, IReadOnlyList<Article> input, IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken)
    {
        var analysis = new Analysis(pipeline);
        // Caller-chosen ids are reserved up front so that numbered ids never take them.
        foreach (var article in input)
        {
            if (article is null)
                throw new ArgumentException("The article list contains null.", "articles");
            if (article.Id is { } id && !analysis._ids.Add(id))
                throw new ArgumentException($"Two articles have the id '{id}'; ids must be unique.", "articles");
        }
        for (var i = 0; i < input.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            analysis.Add(input[i], reserved: true);
            progress?.Report(new AnalysisProgress(AnalysisStage.Claims, i + 1, input.Count));
        }
        return analysis.BuildReport(progress, cancellationToken);
    }

    /// <summary>Reads the claims of one more article. <paramref name="reserved"/> says its caller id was already taken for it.</summary>
    /// <remarks>Nothing changes until the claims are read, so an article whose reading throws leaves no trace.</remarks>
    public void Add(Article article, bool reserved = false)
    {
        var next = _nextId;
        if (article.Id is { } id)
        {
            if (!reserved && _ids.Contains(id))
                throw new ArgumentException($"An article with the id '{id}' was already added; ids must be unique.", nameof(article));
        }
        else
        {
            do id = "a" + next++; while (_ids.Contains(id));
            article = article.With(id: id);
        }
        var (found, error) = ExtractClaims(article);
        _ids.Add(id);
        _nextId = next;
        foreach (var claim in found)
            _claims.Add(claim with { Id = "c" + (_claims.Count + 1), ArticleId = id });
        _summaries.Add(new ArticleSummary(id, article.Path, article.Title, article.Publisher, article.Published, found.Count, error, article.Url));
    }

    /// <summary>
    /// Adds an article as it arrives from a stream: one whose id an earlier article has is listed as an error (with a
    /// numbered id of its own), so that the rest goes on and nothing is dropped.
    /// </summary>
    public void AddKeepingIds(Article article)
    {
        if (article.Id is { } id && _ids.Contains(id))
        {
            var first = _summaries.FirstOrDefault(a => a.Id == id)?.Path;
            article = Article.Failed(article.Path ?? id, $"duplicate article id '{id}' (already used by {first ?? "an earlier article"}); not analysed");
        }
        Add(article);
    }

    /// <summary>Whether an article with this id was added.</summary>
    public bool Contains(string id) => _ids.Contains(id);

    /// <summary>Where the analysis stands, to go back to with <see cref="RollBack"/>.</summary>
    public (int Articles, int Claims, int NextId) Mark() => (_summaries.Count, _claims.Count, _nextId);

    /// <summary>Forgets every article added since <paramref name="mark"/> (the relations classified meanwhile stay cached).</summary>
    public void RollBack((int Articles, int Claims, int NextId) mark)
    {
        foreach (var summary in _summaries.Skip(mark.Articles))
            _ids.Remove(summary.Id);
        _summaries.RemoveRange(mark.Articles, _summaries.Count - mark.Articles);
        _claims.RemoveRange(mark.Claims, _claims.Count - mark.Claims);
        _nextId = mark.NextId;
    }

    /// <summary>Groups every claim so far and compares within subjects; relations classified before are reused, not recomputed.</summary>
    public Report BuildReport(IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var claims = _claims.ToList();
        progress?.Report(new AnalysisProgress(AnalysisStage.Subjects, 0, 1));
        var subjects = _grouper.Group(claims, cancellationToken);
        progress?.Report(new AnalysisProgress(AnalysisStage.Subjects, 1, 1));
        var (discrepancies, agreements) = _pipeline.ClaimComparer.Compare(claims, subjects, _relations, progress, cancellationToken);
        progress?.Report(new AnalysisProgress(AnalysisStage.Done, 1, 1));
        return new Report(_summaries.ToList(), claims, subjects, discrepancies, agreements);
    }

    private (IReadOnlyList<Claim> Claims, string? Error) ExtractClaims(Article article)
    {
        if (article.Error is not null)
        {
            if (_pipeline.Settings.StrictMode)
                throw new ArticleFormatException(article.Path, null, article.Error);
            return ([], article.Error);
        }
        if (LanguageCheck.WhyNotEnglish(article.Text) is { } notEnglish)
        {
            if (_pipeline.Settings.StrictMode)
                throw new ClaimDiffException($"Article '{article.Id}' ({article.Path ?? "in memory"}): {notEnglish}.");
            return ([], notEnglish);
        }
        try
        {
            return (_pipeline.ExtractClaims(article), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (_pipeline.Settings.StrictMode)
                throw new ClaimDiffException($"Article '{article.Id}' ({article.Path ?? "in memory"}) could not be analysed: {e.Message}", e);
            return ([], $"analysis failed: {e.Message}");
        }
    }

    /// <summary>Remembers each pair's relation: the classifier is deterministic, so a pair never needs classifying twice.</summary>
    private sealed class CachedClassifier(IRelationClassifier inner) : IRelationClassifier
    {
        private readonly ConcurrentDictionary<(string, string), Relation> _cache = new();

        public IReadOnlySet<DiscrepancyType> EvidenceTypes => inner.EvidenceTypes;

        public Relation Classify(string first, string second) => _cache.GetOrAdd((first, second), key => inner.Classify(key.Item1, key.Item2));

        /// <summary>Classifies the pairs not seen before in one batch (a neural model runs them together), the rest from memory.</summary>
        public IReadOnlyList<Relation> ClassifyAll(IReadOnlyList<(string First, string Second)> pairs, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(pairs);
            var missing = pairs.Where(p => !_cache.ContainsKey(p)).Distinct().ToList();
            if (missing.Count > 0)
                foreach (var (pair, relation) in missing.Zip(inner.ClassifyAll(missing, cancellationToken)))
                    _cache.TryAdd(pair, relation);
            return [.. pairs.Select(p => _cache[p])];
        }
    }
}

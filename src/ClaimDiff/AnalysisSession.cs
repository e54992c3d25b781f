using ClaimDiff.Internal;

namespace ClaimDiff;

/// <summary>
/// An analysis that grows as articles arrive, for newsroom tools that run all day: each added article is read once,
/// its claims kept; subjects, discrepancies and agreements are then recomputed over all claims so far, reusing every
/// relation already classified. The report after adding articles one by one equals a one-shot
/// <see cref="ClaimDiffer.AnalyzeAsync(IEnumerable{Article}, ClaimDiffPipeline?, IProgress{AnalysisProgress}?, CancellationToken)"/>
/// of the same articles in the same order.
/// </summary>
/// <remarks>
/// Thread-safe: concurrent adds are serialised in the order they acquire the session, and <see cref="Current"/> may be
/// read at any time. Articles without an id are numbered <c>a1</c>, <c>a2</c>, … in the order added.
/// </remarks>
public sealed class AnalysisSession : IDisposable
{
    private readonly Analysis _analysis;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Report _current;

    /// <summary>Starts an empty session.</summary>
    /// <param name="pipeline">The pipeline to use; <see langword="null"/> for <see cref="ClaimDiffer.Default"/>.</param>
    /// <exception cref="ModelLoadException">The default pipeline's model cannot be loaded.</exception>
    public AnalysisSession(ClaimDiffPipeline? pipeline = null)
    {
        _analysis = new Analysis(pipeline ?? ClaimDiffer.Default, growing: true);
        _current = new Report([], [], [], [], []);
    }

    /// <summary>The report over every article added so far.</summary>
    public Report Current => _current;

    /// <summary>How many articles have been added.</summary>
    public int ArticleCount => _current.Articles.Count;

    /// <summary>Adds one article and returns the updated report.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An article with the same id was added before.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; the session is unchanged.</exception>
    public Task<Report> AddAsync(Article article, CancellationToken cancellationToken = default)
        => AddRangeAsync([Guard.NotNull(article)], null, cancellationToken);

    /// <summary>Adds several articles, in order, and returns the updated report (computed once, after the last).</summary>
    /// <remarks>All or nothing: when the add is cancelled or fails, at any stage, the session is as it was before it.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An article's id was used before, or twice in the batch; nothing is added.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; the session is unchanged.</exception>
    public async Task<Report> AddRangeAsync(IEnumerable<Article> articles, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var list = Guard.NotNull(articles).ToList();
        if (list.Any(a => a is null))
            throw new ArgumentNullException(nameof(articles), "The article list contains null.");
        if (list.Where(a => a.Id is not null).GroupBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new ArgumentException($"Two articles in the batch have the id '{twice.Key}'; ids must be unique. Nothing was added.", nameof(articles));
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (list.FirstOrDefault(a => a.Id is { } id && _analysis.Contains(id)) is { } added)
                throw new ArgumentException($"An article with the id '{added.Id}' was already added; ids must be unique. Nothing was added.", nameof(articles));
            var mark = _analysis.Mark();
            try
            {
                return await Task.Run(() =>
                {
                    for (var i = 0; i < list.Count; i++)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        _analysis.Add(list[i]);
                        progress?.Report(new AnalysisProgress(AnalysisStage.Claims, i + 1, list.Count));
                    }
                    return _current = _analysis.BuildReport(progress, cancellationToken);
                }, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                _analysis.RollBack(mark);
                throw;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Adds articles as they arrive, yielding the updated report after each.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> is <see langword="null"/>.</exception>
    public async IAsyncEnumerable<Report> AddAllAsync(IAsyncEnumerable<Article> articles, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Guard.NotNull(articles);
        await foreach (var article in articles.WithCancellation(cancellationToken).ConfigureAwait(false))
            yield return await AddAsync(article, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();
}

using ClaimDiff.Comparison;
using ClaimDiff.Internal;

namespace ClaimDiff;

/// <summary>The front door: analyse articles or compare two texts with a cached default pipeline, or with one you built.</summary>
/// <remarks>All members are thread-safe.</remarks>
public static class ClaimDiffer
{
    private static readonly Lazy<ClaimDiffPipeline> DefaultPipeline = new(() => new ClaimDiffPipelineBuilder().Build());

    /// <summary>The pipeline used when none is given: default stages and options, built on first use.</summary>
    /// <exception cref="ModelLoadException">The default relation model cannot be loaded.</exception>
    public static ClaimDiffPipeline Default => DefaultPipeline.Value;

    /// <summary>Analyses <paramref name="articles"/> with the default pipeline.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> is <see langword="null"/>.</exception>
    public static Task<Report> AnalyzeAsync(IEnumerable<Article> articles)
        => AnalyzeAsync(articles, null, null, CancellationToken.None);

    /// <summary>
    /// Analyses <paramref name="articles"/>: finds their claims and sources, groups the claims by subject and flags
    /// where sources contradict or agree. An article with an <see cref="Article.Error"/>, or one a stage fails on,
    /// is listed in the report with its error and the others go on (unless <see cref="ClaimDiffOptions.StrictMode"/>).
    /// </summary>
    /// <param name="articles">The articles, in the order they are to be numbered.</param>
    /// <param name="pipeline">The pipeline to use; <see langword="null"/> for <see cref="Default"/>.</param>
    /// <param name="progress">Receives progress reports; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two articles share an id.</exception>
    /// <exception cref="OperationCanceledException">The analysis was cancelled.</exception>
    /// <exception cref="ClaimDiffException">In strict mode, an article could not be read or analysed.</exception>
    public static Task<Report> AnalyzeAsync(
        IEnumerable<Article> articles,
        ClaimDiffPipeline? pipeline,
        IProgress<AnalysisProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        Guard.NotNull(articles);
        var list = articles.ToList();
        var p = pipeline ?? Default;
        return Task.Run(() => Analysis.Run(p, list, progress, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Reads and analyses the articles under <paramref name="paths"/> (files, folders as
    /// <see cref="Articles.ArticleReader.ReadAllAsync"/> expands them, <c>-</c> for standard input) with the pipeline's
    /// <see cref="ClaimDiffPipeline.ArticleReader"/>. Each article's claims are found as it is read and its text is then
    /// let go, so memory follows the claims, not the raw texts. Nothing is lost: a file that cannot be read, a link or
    /// folder passed over, and an article whose id an earlier one has are each listed with their error. Articles without
    /// an id are numbered <c>a1</c>, <c>a2</c>, … as they come, so a later article whose own id is one of those is such a
    /// duplicate; give every article an id, or none, to avoid it.
    /// </summary>
    /// <param name="paths">Files, folders or <c>-</c>.</param>
    /// <param name="pipeline">The pipeline to use; <see langword="null"/> for <see cref="Default"/>.</param>
    /// <param name="progress">Receives progress reports; while reading, <see cref="AnalysisProgress.Total"/> counts files.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The analysis was cancelled.</exception>
    /// <exception cref="ClaimDiffException">In strict mode, an article could not be read or analysed.</exception>
    public static async Task<Report> AnalyzeFilesAsync(
        IEnumerable<string> paths,
        ClaimDiffPipeline? pipeline = null,
        IProgress<AnalysisProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        Guard.NotNull(paths);
        var p = pipeline ?? Default;
        var files = Articles.ArticleReader.Expand(paths).ToList();
        var analysis = new Analysis(p);
        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (path, skipped) = files[i];
            if (skipped is not null)
                analysis.AddKeepingIds(Article.Failed(path, skipped));
            else
                await foreach (var article in p.ArticleReader.ReadAsync(path, cancellationToken).ConfigureAwait(false))
                    analysis.AddKeepingIds(article);
            progress?.Report(new AnalysisProgress(AnalysisStage.Claims, i + 1, files.Count));
        }
        return await Task.Run(() => analysis.BuildReport(progress, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Classifies the relation of <paramref name="second"/> to <paramref name="first"/> with the default pipeline's classifier.</summary>
    /// <param name="first">A claim.</param>
    /// <param name="second">Another claim or a whole article body.</param>
    /// <param name="cancellationToken">Cancels the comparison before it starts.</param>
    /// <exception cref="ArgumentNullException">A text is <see langword="null"/>.</exception>
    public static Task<Relation> CompareAsync(string first, string second, CancellationToken cancellationToken = default)
        => CompareAsync(first, second, null, cancellationToken);

    /// <summary>Classifies the relation of <paramref name="second"/> to <paramref name="first"/> with <paramref name="pipeline"/>'s classifier.</summary>
    /// <exception cref="ArgumentNullException">A text is <see langword="null"/>.</exception>
    public static Task<Relation> CompareAsync(string first, string second, ClaimDiffPipeline? pipeline, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(first);
        Guard.NotNull(second);
        var classifier = (pipeline ?? Default).RelationClassifier;
        return Task.Run(() => classifier.Classify(first, second), cancellationToken);
    }
}

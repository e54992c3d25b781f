using ClaimDiff.Claims;
using ClaimDiff.Comparison;
using ClaimDiff.Reports;
using ClaimDiff.Subjects;

namespace ClaimDiff.Internal;

/// <summary>One run of the pipeline over a batch of articles.</summary>
internal sealed class Analysis(ClaimDiffPipeline pipeline, IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken)
{
    public Report Run(IReadOnlyList<Article> input)
    {
        var articles = AssignIds(input);
        var summaries = new List<ArticleSummary>(articles.Count);
        var claims = new List<Claim>();
        for (var i = 0; i < articles.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var article = articles[i];
            var (found, error) = ExtractClaims(article);
            foreach (var claim in found)
                claims.Add(claim with { Id = "c" + (claims.Count + 1), ArticleId = article.Id! });
            summaries.Add(new ArticleSummary(article.Id!, article.Path, article.Title, article.Publisher, article.Published, found.Count, error));
            progress?.Report(new AnalysisProgress(AnalysisStage.Claims, i + 1, articles.Count));
        }

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new AnalysisProgress(AnalysisStage.Subjects, 0, 1));
        var subjects = pipeline.SubjectGrouper.Group(claims, cancellationToken);
        progress?.Report(new AnalysisProgress(AnalysisStage.Subjects, 1, 1));

        var comparer = new SubjectComparer(pipeline.RelationClassifier, pipeline.Settings.Comparison);
        var (discrepancies, agreements) = comparer.Compare(claims, subjects, progress, cancellationToken);
        progress?.Report(new AnalysisProgress(AnalysisStage.Done, 1, 1));
        return new Report(summaries, claims, subjects, discrepancies, agreements);
    }

    private static List<Article> AssignIds(IReadOnlyList<Article> input)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in input)
        {
            if (article is null)
                throw new ArgumentException("The article list contains null.", "articles");
            if (article.Id is { } id && !taken.Add(id))
                throw new ArgumentException($"Two articles have the id '{id}'; ids must be unique.", "articles");
        }
        var result = new List<Article>(input.Count);
        var next = 1;
        foreach (var article in input)
        {
            if (article.Id is not null)
            {
                result.Add(article);
                continue;
            }
            string id;
            do id = "a" + next++; while (taken.Contains(id));
            result.Add(article.With(id: id));
        }
        return result;
    }

    private (IReadOnlyList<Claim> Claims, string? Error) ExtractClaims(Article article)
    {
        if (article.Error is not null)
        {
            if (pipeline.Settings.StrictMode)
                throw new ArticleFormatException(article.Path, null, article.Error);
            return ([], article.Error);
        }
        try
        {
            return (pipeline.ExtractClaims(article), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (pipeline.Settings.StrictMode)
                throw new ClaimDiffException($"Article '{article.Id}' ({article.Path ?? "in memory"}) could not be analysed: {e.Message}", e);
            return ([], $"analysis failed: {e.Message}");
        }
    }
}

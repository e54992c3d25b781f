using System.Collections.Frozen;
using ClaimDiff.Articles;
using ClaimDiff.Claims;
using ClaimDiff.Comparison;
using ClaimDiff.Reports;
using ClaimDiff.Subjects;
using ClaimDiff.Text;

namespace ClaimDiff;

/// <summary>An immutable set of stages and options that runs analyses. Build one with <see cref="ClaimDiffPipelineBuilder"/>, then cache and share it.</summary>
/// <remarks>Thread-safe: any number of analyses may run on one pipeline at once, provided the stages it was built with are thread-safe (the defaults are).</remarks>
public sealed class ClaimDiffPipeline
{
    internal ClaimDiffPipeline(
        ClaimDiffOptions options,
        IArticleReader articleReader,
        ISentenceSegmenter segmenter,
        IClaimExtractor claimExtractor,
        ITextEmbedder embedder,
        ISubjectGrouper subjectGrouper,
        IRelationClassifier relationClassifier,
        IClaimComparer claimComparer,
        IReadOnlyDictionary<string, IReportWriter> reportWriters)
    {
        Settings = options;
        ArticleReader = articleReader;
        Segmenter = segmenter;
        ClaimExtractor = claimExtractor;
        Embedder = embedder;
        SubjectGrouper = subjectGrouper;
        RelationClassifier = relationClassifier;
        ClaimComparer = claimComparer;
        ReportWriters = reportWriters.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A copy of the options the pipeline was built with. Changing it has no effect on the pipeline.</summary>
    public ClaimDiffOptions Options => Settings.Clone();

    /// <summary>The options themselves, for the stages; never handed out.</summary>
    internal ClaimDiffOptions Settings { get; }

    /// <summary>Reads input files into articles.</summary>
    public IArticleReader ArticleReader { get; }

    /// <summary>Splits article text into sentences.</summary>
    public ISentenceSegmenter Segmenter { get; }

    /// <summary>Finds claims and their sources.</summary>
    public IClaimExtractor ClaimExtractor { get; }

    /// <summary>Embeds claim texts for subject grouping.</summary>
    public ITextEmbedder Embedder { get; }

    /// <summary>Groups claims by subject.</summary>
    public ISubjectGrouper SubjectGrouper { get; }

    /// <summary>Classifies the relation between two claims.</summary>
    public IRelationClassifier RelationClassifier { get; }

    /// <summary>Finds the discrepancies and agreements within each subject.</summary>
    public IClaimComparer ClaimComparer { get; }

    /// <summary>The report writers, by format name (<c>json</c>, <c>md</c>, …).</summary>
    public IReadOnlyDictionary<string, IReportWriter> ReportWriters { get; }

    /// <summary>Finds the claims of one article: its sentences, then the claims in them. Claim ids are numbered within the article.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The article has an <see cref="Article.Error"/> or no <see cref="Article.Id"/>.</exception>
    public IReadOnlyList<Claim> ExtractClaims(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Error is not null)
            throw new ArgumentException($"The article could not be read: {article.Error}", nameof(article));
        if (article.Id is null)
            throw new ArgumentException("The article needs an id; give one with Article.With(id: …).", nameof(article));
        return ClaimExtractor.Extract(article, Segmenter.Segment(article.Text));
    }
}

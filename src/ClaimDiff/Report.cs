using ClaimDiff.Claims;
using ClaimDiff.Comparison;
using ClaimDiff.Reports;
using ClaimDiff.Subjects;

namespace ClaimDiff;

/// <summary>The result of an analysis: every input article, its claims, their subjects, and where sources disagree or agree.</summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class Report
{
    /// <summary>Creates a report.</summary>
    public Report(
        IReadOnlyList<ArticleSummary> articles,
        IReadOnlyList<Claim> claims,
        IReadOnlyList<Subject> subjects,
        IReadOnlyList<Discrepancy> discrepancies,
        IReadOnlyList<Agreement> agreements)
    {
        Articles = articles ?? throw new ArgumentNullException(nameof(articles));
        Claims = claims ?? throw new ArgumentNullException(nameof(claims));
        Subjects = subjects ?? throw new ArgumentNullException(nameof(subjects));
        Discrepancies = discrepancies ?? throw new ArgumentNullException(nameof(discrepancies));
        Agreements = agreements ?? throw new ArgumentNullException(nameof(agreements));
    }

    /// <summary>Every input article in input order, including those that could not be read (with <see cref="ArticleSummary.Error"/> set).</summary>
    public IReadOnlyList<ArticleSummary> Articles { get; }

    /// <summary>Every claim found, in article order.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>The subjects the claims were grouped into.</summary>
    public IReadOnlyList<Subject> Subjects { get; }

    /// <summary>Pairs of claims from different sources that contradict each other, most confident first.</summary>
    public IReadOnlyList<Discrepancy> Discrepancies { get; }

    /// <summary>Pairs of claims from different sources that support each other, most confident first.</summary>
    public IReadOnlyList<Agreement> Agreements { get; }
}

using ClaimDiff.Claims;
using ClaimDiff.Subjects;

namespace ClaimDiff.Comparison;

/// <summary>The comparison stage: finds, within each subject, the claims of different sources that conflict and those that agree.</summary>
/// <remarks>Implementations must be safe to call from several threads at once.</remarks>
public interface IClaimComparer
{
    /// <summary>Compares the claims of each subject.</summary>
    /// <param name="claims">Every claim of the analysis.</param>
    /// <param name="subjects">The subjects the claims were grouped into; each names claims of <paramref name="claims"/>.</param>
    /// <param name="classifier">Reads a pair of claims: the pipeline's relation classifier, through the analysis's memory of the pairs it has read.</param>
    /// <param name="progress">Receives <see cref="AnalysisStage.Comparison"/> progress; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the comparison.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="progress"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A subject names a claim that is not in <paramref name="claims"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ComparisonResult Compare(
        IReadOnlyList<Claim> claims,
        IReadOnlyList<Subject> subjects,
        IRelationClassifier classifier,
        IProgress<AnalysisProgress>? progress = null,
        CancellationToken cancellationToken = default);
}

/// <summary>What a comparison found, each list in report order (surest first).</summary>
/// <param name="Discrepancies">Claims that cannot both be true, numbered <c>d1</c>, <c>d2</c>, ….</param>
/// <param name="Agreements">Claims that support each other, numbered <c>g1</c>, <c>g2</c>, ….</param>
public sealed record ComparisonResult(IReadOnlyList<Discrepancy> Discrepancies, IReadOnlyList<Agreement> Agreements);

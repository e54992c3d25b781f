using ClaimDiff.Claims;
using ClaimDiff.Comparison.Conflicts;
using ClaimDiff.Comparison.Internal;
using ClaimDiff.Internal;
using ClaimDiff.Subjects;

namespace ClaimDiff.Comparison;

/// <summary>
/// The default comparison stage. It compares the claims of each subject pairwise across sources, and across articles
/// for one source (two outlets' accounts of what the same ministry said). With the default options a pair is read by
/// the classifier when it shares enough wording (<see cref="ComparisonOptions.MinimumClaimSimilarity"/>), its typed
/// evidence is weighed by the detector of its type, and it becomes a discrepancy or an agreement by the thresholds of
/// <see cref="ComparisonOptions"/>; with <see cref="ComparisonOptions.ModelVerdicts"/> the classifier's reading alone
/// decides.
/// </summary>
/// <remarks>Immutable and thread-safe: it keeps a copy of the options and of the detector list.</remarks>
public sealed class SubjectComparer : IClaimComparer
{
    private readonly ComparisonOptions _options;
    private readonly IConflictDetector[] _detectors;

    /// <summary>Creates a comparer.</summary>
    /// <param name="options">The thresholds; <see langword="null"/> for the defaults. A copy is kept.</param>
    /// <param name="detectors">Find and weigh typed conflicts, in the order their evidence is listed; <see langword="null"/> for the built-in ones (<see cref="ConflictDetectorCollection.CreateDefault"/>).</param>
    /// <exception cref="ArgumentException">A detector is <see langword="null"/>, or two have the same type.</exception>
    public SubjectComparer(ComparisonOptions? options = null, IEnumerable<IConflictDetector>? detectors = null)
    {
        _options = (options ?? new ComparisonOptions()).Clone();
        _detectors = detectors is null ? BuiltInDetectors.All : [.. new ConflictDetectorCollection(detectors)];
    }

    /// <summary>The detectors, in order.</summary>
    public IReadOnlyList<IConflictDetector> Detectors => _detectors;

    /// <inheritdoc />
    public ComparisonResult Compare(
        IReadOnlyList<Claim> claims,
        IReadOnlyList<Subject> subjects,
        IRelationClassifier classifier,
        IProgress<AnalysisProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        Guard.NotNull(claims);
        Guard.NotNull(subjects);
        Guard.NotNull(classifier);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in claims)
            if (!ids.Add(Guard.NotNull(claim).Id))
                throw new ArgumentException($"Two claims have the id {claim.Id}; claim ids must be unique.", nameof(claims));
        if (subjects.FirstOrDefault(s => s.ClaimIds.Any(id => !ids.Contains(id))) is { } broken)
            throw new ArgumentException($"The subject {broken.Id} names the claim {broken.ClaimIds.First(id => !ids.Contains(id))}, which is not among the claims.", nameof(subjects));
        return new ClaimComparison(classifier, _options, _detectors).Compare(claims, subjects, progress, cancellationToken);
    }
}

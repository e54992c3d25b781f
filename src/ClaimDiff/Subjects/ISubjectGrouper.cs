using ClaimDiff.Claims;

namespace ClaimDiff.Subjects;

/// <summary>Groups claims by subject, so that only claims about the same thing are compared.</summary>
public interface ISubjectGrouper
{
    /// <summary>Groups <paramref name="claims"/>; every claim lands in exactly one subject. The same input gives the same subjects and ids.</summary>
    IReadOnlyList<Subject> Group(IReadOnlyList<Claim> claims, CancellationToken cancellationToken = default);

    /// <summary>
    /// The grouper to use for one analysis, which calls it once when it starts. A grouper may remember what it computes
    /// across the regroupings of a growing analysis, and read pairs of claims through the analysis's memory
    /// (<see cref="AnalysisScope.Reading"/>). Default: this grouper.
    /// </summary>
    ISubjectGrouper ForAnalysis(AnalysisScope scope) => this;
}

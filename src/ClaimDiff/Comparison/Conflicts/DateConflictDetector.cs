using ClaimDiff.Claims;
using ClaimDiff.Comparison.Internal;
using ClaimDiff.Text;
using static ClaimDiff.Comparison.Conflicts.Vetting;

namespace ClaimDiff.Comparison.Conflicts;

/// <summary>Different dates of the same kind (a full date against a full date, a year against a year) for the same event. Pinpointed when the dates are about one event (<see cref="SameQuantity"/>).</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class DateConflictDetector : IConflictDetector, ILexicalConflictDetector
{
    /// <inheritdoc />
    public DiscrepancyType Type => DiscrepancyType.DateTime;

    /// <inheritdoc />
    public ConflictEvidence? Find(ClaimPair pair) => BuiltInDetectors.Find(this, pair);

    /// <inheritdoc />
    public EvidenceStrength Weigh(ConflictEvidence evidence, ClaimPair pair)
        => Strength(SameQuantity(evidence, pair.First, pair.Second, pair.SameStatement), evidence, pair);

    void ILexicalConflictDetector.Find(TextAnalysis a, TextAnalysis b, List<ConflictEvidence> found) => ConflictFinder.Dates(a, b, found);
}

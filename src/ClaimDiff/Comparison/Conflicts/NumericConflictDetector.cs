using ClaimDiff.Claims;
using ClaimDiff.Comparison.Internal;
using ClaimDiff.Text;
using static ClaimDiff.Comparison.Conflicts.Vetting;

namespace ClaimDiff.Comparison.Conflicts;

/// <summary>Different figures of one kind for the same quantity ("40 people" / "43 people"; two times of day are a <see cref="DiscrepancyType.DateTime"/> conflict). Not pinpointed when a figure is a difference on one side only ("21 grams more than"), tells models apart ("12-inch" / "13-inch"), is part of a fraction ("6 1/2 feet"), when the figures are in different currencies ("£7,400" / "US$11,200"), or when they are not about one quantity (<see cref="SameQuantity"/>).</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class NumericConflictDetector : IConflictDetector, ILexicalConflictDetector
{
    /// <inheritdoc />
    public DiscrepancyType Type => DiscrepancyType.Numeric;

    /// <inheritdoc />
    public ConflictEvidence? Find(ClaimPair pair) => BuiltInDetectors.Find(this, pair);

    /// <inheritdoc />
    public EvidenceStrength Weigh(ConflictEvidence evidence, ClaimPair pair)
    {
        var (a, b) = (pair.First, pair.Second);
        return Strength(ConflictFinder.IsDifference(a.Content, evidence.First) == ConflictFinder.IsDifference(b.Content, evidence.Second)
            && !ConflictFinder.IsDesignation(a.Content, evidence.First) && !ConflictFinder.IsDesignation(b.Content, evidence.Second)
            && !ConflictFinder.IsFractionPart(a.Content, evidence.First) && !ConflictFinder.IsFractionPart(b.Content, evidence.Second)
            && !ConflictFinder.InDifferentCurrencies(a.Content, evidence.First, b.Content, evidence.Second) && SameQuantity(evidence, a, b, pair.SameStatement), evidence, pair);
    }

    void ILexicalConflictDetector.Find(TextAnalysis a, TextAnalysis b, List<ConflictEvidence> found) => ConflictFinder.Numeric(a, b, found);
}

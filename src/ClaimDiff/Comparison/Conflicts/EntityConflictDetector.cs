using ClaimDiff.Claims;
using ClaimDiff.Comparison.Internal;
using ClaimDiff.Text;
using static ClaimDiff.Comparison.Conflicts.Vetting;

namespace ClaimDiff.Comparison.Conflicts;

/// <summary>A different name in the same place of two claims. Never pinpointed: the claims of one story name many people and places ("Westminster" / "the University of Westminster" in a near restatement); it explains a sure verdict.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class EntityConflictDetector : IConflictDetector, ILexicalConflictDetector
{
    /// <inheritdoc />
    public DiscrepancyType Type => DiscrepancyType.Entity;

    /// <inheritdoc />
    public ConflictEvidence? Find(ClaimPair pair) => BuiltInDetectors.Find(this, pair);

    /// <inheritdoc />
    public EvidenceStrength Weigh(ConflictEvidence evidence, ClaimPair pair) => EvidenceStrength.Unplaced;

    void ILexicalConflictDetector.Find(TextAnalysis a, TextAnalysis b, List<ConflictEvidence> found) => ConflictFinder.Entity(a, b, found);
}

using ClaimDiff.Claims;
using ClaimDiff.Comparison.Internal;
using ClaimDiff.Text;
using static ClaimDiff.Comparison.Conflicts.Vetting;

namespace ClaimDiff.Comparison.Conflicts;

/// <summary>One source asserts what the other only hedges or predicts ("may close" / "will close"). Never pinpointed: it tells a reader how sure each source is and types a sure verdict, but two sources that differ only in certainty do not conflict.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class ModalityConflictDetector : IConflictDetector, ILexicalConflictDetector
{
    /// <inheritdoc />
    public DiscrepancyType Type => DiscrepancyType.Modality;

    /// <inheritdoc />
    public ConflictEvidence? Find(ClaimPair pair) => BuiltInDetectors.Find(this, pair);

    /// <inheritdoc />
    public EvidenceStrength Weigh(ConflictEvidence evidence, ClaimPair pair) => EvidenceStrength.Unplaced;

    void ILexicalConflictDetector.Find(TextAnalysis a, TextAnalysis b, List<ConflictEvidence> found) => ConflictFinder.Modality(a, b, found);
}

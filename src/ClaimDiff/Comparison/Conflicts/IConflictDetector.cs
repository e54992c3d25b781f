using static ClaimDiff.Comparison.Conflicts.Vetting;

namespace ClaimDiff.Comparison.Conflicts;

/// <summary>
/// Finds one kind of typed conflict between two claims, with the words that clash on each side, and weighs evidence of
/// that kind. The comparison stage runs the pipeline's detectors (<see cref="ClaimDiffPipelineBuilder.ConflictDetectors"/>)
/// on every pair of claims it compares, for the types that the relation classifier does not find itself
/// (<see cref="IRelationClassifier.EvidenceTypes"/>), and asks the detector of each piece of evidence how much it shows.
/// </summary>
/// <remarks>Implementations must be safe to call from several threads at once.</remarks>
public interface IConflictDetector
{
    /// <summary>The type of conflict this detector finds and weighs.</summary>
    DiscrepancyType Type { get; }

    /// <summary>
    /// The conflict of <see cref="Type"/> between the two claims, its spans offsets into each claim's
    /// <see cref="Claims.Claim.Content"/>; <see langword="null"/> when there is none.
    /// </summary>
    ConflictEvidence? Find(ClaimPair pair);

    /// <summary>How much <paramref name="evidence"/> of this detector's type, found by it or by the classifier, shows a conflict between the pair's claims.</summary>
    EvidenceStrength Weigh(ConflictEvidence evidence, ClaimPair pair);
}

/// <summary>How much a piece of typed evidence shows that two claims conflict.</summary>
public enum EvidenceStrength
{
    /// <summary>
    /// The clashing words are about different things ("I don't think …" / "… to think about"): the pair is no
    /// discrepancy however sure the classifier is.
    /// </summary>
    SetAside,

    /// <summary>
    /// The evidence says the claims differ, not that they conflict (different names, a hedge against an assertion, a
    /// negation set against the whole other claim): it explains a discrepancy that the classifier's verdict makes alone.
    /// </summary>
    Unplaced,

    /// <summary>
    /// The clashing words are named on both sides, about one thing: the pair is a discrepancy from a lower contradiction
    /// probability than a verdict alone needs (<see cref="ComparisonOptions.PinpointedThreshold"/>).
    /// </summary>
    Pinpointed,
}

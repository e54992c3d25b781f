using ClaimDiff.Text;
using ClaimDiff.Comparison.Internal;

namespace ClaimDiff.Comparison.Conflicts;

/// <summary>A built-in detector's finder, over texts already analysed (the relation classifiers use it on a claim and a sentence).</summary>
internal interface ILexicalConflictDetector
{
    /// <summary>Adds the conflict of the detector's type between <paramref name="a"/> and <paramref name="b"/> to <paramref name="found"/>, if there is one.</summary>
    void Find(TextAnalysis a, TextAnalysis b, List<ConflictEvidence> found);
}

/// <summary>The built-in detectors, in the order their evidence is listed.</summary>
internal static class BuiltInDetectors
{
    public static readonly IConflictDetector[] All =
    [
        new ScopeConflictDetector(), new NumericConflictDetector(), new DateConflictDetector(), new AntonymConflictDetector(),
        new NegationConflictDetector(), new DenialConflictDetector(), new ModalityConflictDetector(), new EntityConflictDetector(),
    ];

    /// <summary>The types of <see cref="All"/>: the evidence that the built-in relation classifiers find themselves.</summary>
    public static readonly IReadOnlySet<DiscrepancyType> Types = All.Select(d => d.Type).ToHashSet();

    /// <summary>The first conflict that <paramref name="detector"/> finds in <paramref name="pair"/>, of its own type or not (a clock time is a date-time conflict).</summary>
    public static ConflictEvidence? Find(ILexicalConflictDetector detector, ClaimPair pair)
    {
        var found = new List<ConflictEvidence>(1);
        detector.Find(pair.FirstAnalysis, pair.SecondAnalysis, found);
        return found.Count > 0 ? found[0] : null;
    }
}

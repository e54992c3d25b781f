using ClaimDiff.Claims;
using ClaimDiff.Comparison.Internal;
using ClaimDiff.Text;
using static ClaimDiff.Comparison.Conflicts.Vetting;

namespace ClaimDiff.Comparison.Conflicts;

/// <summary>One source denies or refutes what the other reports ("Woman with three breasts is a fake" / "Woman adds third breast"). Pinpointed when the two share enough wording (<see cref="DenialSimilarity"/>, <see cref="DeniedStatementSimilarity"/>) and the denial is set against what the other claim affirms (<see cref="IsDenialOfTheOther"/>).</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class DenialConflictDetector : IConflictDetector, ILexicalConflictDetector
{
    /// <inheritdoc />
    public DiscrepancyType Type => DiscrepancyType.Denial;

    /// <inheritdoc />
    public ConflictEvidence? Find(ClaimPair pair) => BuiltInDetectors.Find(this, pair);

    /// <inheritdoc />
    public EvidenceStrength Weigh(ConflictEvidence evidence, ClaimPair pair)
    {
        var (a, b) = (pair.First, pair.Second);
        return Strength(pair.Similarity >= (a.Modality == Modality.Denied || b.Modality == Modality.Denied ? DeniedStatementSimilarity : DenialSimilarity)
            && IsDenialOfTheOther(evidence, a, b), evidence, pair);
    }

    void ILexicalConflictDetector.Find(TextAnalysis a, TextAnalysis b, List<ConflictEvidence> found) => ConflictFinder.Denial(a, b, found);

    /// <summary>
    /// The TF-IDF cosine a denial and the claim it denies need: the denial restates what it denies ("Woman with three
    /// breasts is a fake" / "Woman adds third breast"); docs/comparison-defaults.md gives the measurements behind the value.
    /// </summary>
    internal const float DenialSimilarity = 0.25f;

    /// <summary>
    /// How many words right before a denial may carry another refutation word that backs the denial up rather than being
    /// what it denies ("Hefner Dead Rumors Not True").
    /// </summary>
    private const int DoubtBefore = 2;

    /// <summary>
    /// Whether a denial is set against what the other claim affirms: the denying words say the report is false ("a
    /// hoax", "denies", "not true", not "the rumour" or "skeptical": <see cref="ConflictLexicon.Falsity"/>), offer no choice ("confirm
    /// or deny") and refuse nothing ("were denied a raise"); the denier asks no question ("Real or hoax?") and denies
    /// nothing else ("denies the hoax claims" affirms; a word of doubt right before the denial backs it up: "Dead Rumors
    /// Not True", <see cref="DoubtBefore"/>); the other claim negates nothing ("is NOT dead" and "the death
    /// hoax" agree) nor is credited with a denial itself ("X ruled out any malicious activity"); and the two share words as
    /// <see cref="OnOneThing"/> counts them (<see cref="ConflictFinder.SharedWords"/>).
    /// </summary>
    private static bool IsDenialOfTheOther(ConflictEvidence evidence, Claim a, Claim b)
    {
        var (denier, span, other, denying, denied) = IsWhole(evidence.Second, b.Content) ? (a.Content, evidence.First, b.Content, a, b) : (b.Content, evidence.Second, a.Content, b, a);
        // Two denials of one thing agree: "found no evidence of malicious activity" / "ruled out any malicious activity".
        if (span.Start < 0 || span.End > denier.Length || IsWhole(span, denier) || denied.Modality == Modality.Denied) return false;
        var before = denier[..span.Start].TrimEnd();
        var previous = before[(before.LastIndexOf(' ') + 1)..].ToLowerInvariant();
        var cue = denier[span.Start..span.End].ToLowerInvariant();
        return ConflictLexicon.IsFalsity(cue) && !denier.TrimEnd().EndsWith('?') && previous is not ("or" or "nor")
            && !(cue == "denied" && previous is "was" or "were" or "been" or "being" or "is" or "are" or "be")
            && !Tokenizer.Tokenize(other).Any(t => ConflictLexicon.IsNegation(t.Term)) && !ConflictFinder.RefutesElsewhere(denier, span, DoubtBefore)
            && ConflictFinder.SharedWords(denier, other) is var shared && OnOneThing(shared)
            && (denying.Modality != Modality.Denied || shared.Words >= DeniedStatementWords);
    }

    /// <summary>
    /// How many words other than names (three) a source's denial ("an Iraqi official denied that a woman detained in Lebanon is a
    /// wife of Abu Bakr al-Baghdadi, the leader of Islamic State group") must share with the claim it is set against: such
    /// a sentence repeats names and titles that most claims of the story carry ("ISIS … is led by Abu Bakr al-Baghdadi").
    /// </summary>
    internal const int DeniedStatementWords = 3;

    /// <summary>
    /// The TF-IDF cosine a source's denial (a claim credited with "denied", "rejected", …) needs with the claim it is set
    /// against, rather than <see cref="DenialSimilarity"/>: its content keeps the denying verb, and a lower value matches
    /// a denial's names and titles against every other claim about the same person (docs/comparison-defaults.md gives the measurements behind the value).
    /// </summary>
    internal const float DeniedStatementSimilarity = 0.45f;
}

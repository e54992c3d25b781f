using ClaimDiff.Claims;
using ClaimDiff.Comparison.Internal;
using ClaimDiff.Text;
using static ClaimDiff.Comparison.Conflicts.Vetting;

namespace ClaimDiff.Comparison.Conflicts;

/// <summary>One claim negates what the other affirms ("has not made the figures public" / "made the figures public"). Not pinpointed when set against the whole other claim, when the negated word stands against a name or against the same word negated there too (<see cref="ConflictFinder.IsNoAffirmation"/>), when the affirming claim refutes something ("a video falsely doctored to show a bird defecating" / "a bird did not defecate"), or when the two are not about one thing (<see cref="AboutOneThing"/>: "I don't think …" / "… to think about").</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class NegationConflictDetector : IConflictDetector, ILexicalConflictDetector
{
    /// <inheritdoc />
    public DiscrepancyType Type => DiscrepancyType.Negation;

    /// <inheritdoc />
    public ConflictEvidence? Find(ClaimPair pair) => BuiltInDetectors.Find(this, pair);

    /// <inheritdoc />
    public EvidenceStrength Weigh(ConflictEvidence evidence, ClaimPair pair)
    {
        var (a, b) = (pair.First, pair.Second);
        return Strength(!IsWhole(evidence.First, a.Content) && !IsWhole(evidence.Second, b.Content)
            && !ConflictFinder.IsNoAffirmation(a.Content, evidence.First) && !ConflictFinder.IsNoAffirmation(b.Content, evidence.Second)
            && !AffirmedSideRefutes(evidence, a, b) && AboutOneThing(evidence, a, b, namesSuffice: pair.Similarity >= NegatedRestatementSimilarity), evidence, pair);
    }

    /// <summary>Whether <paramref name="text"/> holds a negation word as this detector reads them ("not", "never", "no", "nobody", "n't", …).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static bool Negates(string text) => Tokenizer.Tokenize(ClaimDiff.Internal.Guard.NotNull(text)).Any(t => ConflictLexicon.IsNegation(t.Term));

    void ILexicalConflictDetector.Find(TextAnalysis a, TextAnalysis b, List<ConflictEvidence> found) => ConflictFinder.Negation(a, b, found);

    /// <summary>Whether the affirmed side of a negation conflict (the span that does not open with the negation) refutes something.</summary>
    private static bool AffirmedSideRefutes(ConflictEvidence evidence, Claim a, Claim b)
        => OpensWithNegation(a.Content, evidence.First)
            ? ConflictFinder.RefutesElsewhere(b.Content, evidence.Second)
            : ConflictFinder.RefutesElsewhere(a.Content, evidence.First);

    private static bool OpensWithNegation(string text, TextRange span)
        => span.Start >= 0 && span.End <= text.Length && Tokenizer.Tokenize(text[span.Start..span.End]).FirstOrDefault() is { } first && ConflictLexicon.IsNegation(first.Term);

    /// <summary>
    /// How much wording (TF-IDF cosine) two claims must share for a negation to be about one thing when the words they
    /// share near it are names ("Christian Bale will not be playing Steve Jobs after all" / "Christian Bale will slip into
    /// a mock turtleneck to play Steve Jobs"; a title-case headline's words: "Argentina's President Didn't Actually Adopt
    /// …" / "… President … adopts"). Denials do not get it: for them it adds mostly false discrepancies. docs/comparison-defaults.md gives the measurements behind the value.
    /// </summary>
    internal const float NegatedRestatementSimilarity = 0.4f;
}

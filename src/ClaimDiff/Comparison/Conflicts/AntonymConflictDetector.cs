using ClaimDiff.Claims;
using ClaimDiff.Comparison.Internal;
using ClaimDiff.Text;
using static ClaimDiff.Comparison.Conflicts.Vetting;

namespace ClaimDiff.Comparison.Conflicts;

/// <summary>Opposite words for the same thing ("rose" / "fell"). Not pinpointed for opposites among function words ("before" / "after"), naming people ("girl" / "boy": <see cref="People"/>), placing or qualifying events ("first" / "last", "inside" / "outside", "real" / "fake": <see cref="WeakOpposites"/>), negated on one side only ("not dead" / "alive" agree), where one claim refutes something ("a story claiming he was found dead is a hoax" / "he is alive" agree), or not about one thing (<see cref="AboutOneThing"/>).</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class AntonymConflictDetector : IConflictDetector, ILexicalConflictDetector
{
    /// <inheritdoc />
    public DiscrepancyType Type => DiscrepancyType.Antonym;

    /// <inheritdoc />
    public ConflictEvidence? Find(ClaimPair pair) => BuiltInDetectors.Find(this, pair);

    /// <inheritdoc />
    public EvidenceStrength Weigh(ConflictEvidence evidence, ClaimPair pair)
    {
        var (a, b) = (pair.First, pair.Second);
        return Strength(!IsOneOf(Tokenizer.StopWords, a.Content, evidence.First) && !IsOneOf(Tokenizer.StopWords, b.Content, evidence.Second)
            && !IsOneOf(People, a.Content, evidence.First) && !IsOneOf(People, b.Content, evidence.Second)
            && !IsOneOf(WeakOpposites, a.Content, evidence.First) && !IsOneOf(WeakOpposites, b.Content, evidence.Second)
            && ConflictFinder.IsNegated(a.Content, evidence.First) == ConflictFinder.IsNegated(b.Content, evidence.Second)
            && ConflictFinder.RefutesElsewhere(a.Content, evidence.First) == ConflictFinder.RefutesElsewhere(b.Content, evidence.Second)
            && AboutOneThing(evidence, a, b), evidence, pair);
    }

    void ILexicalConflictDetector.Find(TextAnalysis a, TextAnalysis b, List<ConflictEvidence> found) => ConflictFinder.Antonym(a, b, found);

    /// <summary>
    /// Opposites that name people ("the girl" / "the boy", "a woman" / "a man"): in news the two claims are about two
    /// different people far more often than they disagree about one (docs/comparison-defaults.md gives the measurements behind the value).
    /// </summary>
    private static readonly HashSet<string> People = new(StringComparer.Ordinal) { "man", "woman", "men", "women", "boy", "girl", "boys", "girls" };

    /// <summary>
    /// Opposites that news uses mostly to place different events in time, size or place, or to qualify different things
    /// ("for the first time" / "last month", "since the end of the occupation" / "the campaign began", "every night" / "one
    /// day", "large swaths" / "a small town", "shots fired outside the car" / "a shot fired inside the car", "the real
    /// beggar" / "a fake video"), and the two sides of one sale ("Apple will sell the watch" / "buying the watch"): in a
    /// sample of 15 antonym discrepancies on 1,000 FNC-1 bodies, 9 rested on the first four kinds and none was real; in a
    /// later sample of 23, 4 rested on inside/outside and 5 on real/fake, none real.
    /// </summary>
    private static readonly HashSet<string> WeakOpposites = new(StringComparer.Ordinal)
    {
        "first", "last", "begin", "began", "begun", "start", "started", "starting", "end", "ended", "day", "night",
        "large", "small", "big", "high", "highly", "low", "inside", "outside", "indoors", "outdoors", "real", "fake",
        "buy", "buys", "buying", "bought", "sell", "sells", "selling", "sold",
    };
}

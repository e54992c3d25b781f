using ClaimDiff.Claims;
using ClaimDiff.Comparison.Internal;
using ClaimDiff.Text;
using static ClaimDiff.Comparison.Conflicts.Vetting;

namespace ClaimDiff.Comparison.Conflicts;

/// <summary>A narrow scope ("only", "solely", "specifically") against a broad one ("broadly", "beyond", "all"). Pinpointed unless a scope word is one that news uses mostly for other things (<see cref="IsWeakScope"/>), or when a weak "every" stands against a proper "only" over the same thing (<see cref="IsEveryAgainstOnly"/>).</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class ScopeConflictDetector : IConflictDetector, ILexicalConflictDetector
{
    /// <inheritdoc />
    public DiscrepancyType Type => DiscrepancyType.Scope;

    /// <inheritdoc />
    public ConflictEvidence? Find(ClaimPair pair) => BuiltInDetectors.Find(this, pair);

    /// <inheritdoc />
    public EvidenceStrength Weigh(ConflictEvidence evidence, ClaimPair pair)
    {
        var (a, b, sameStatement) = (pair.First, pair.Second, pair.SameStatement);
        return Strength(!IsWeakScope(a.Content, evidence.First) && !IsWeakScope(b.Content, evidence.Second)
            || IsEveryAgainstOnly(evidence, a, b, sameStatement) || IsEveryAgainstOnly(evidence with { First = evidence.Second, Second = evidence.First }, b, a, sameStatement), evidence, pair);
    }

    void ILexicalConflictDetector.Find(TextAnalysis a, TextAnalysis b, List<ConflictEvidence> found) => ConflictFinder.Scope(a, b, found);

    /// <summary>
    /// Scope words that news uses mostly for other things ("all year long", "just a wonderful sound", "an exclusive
    /// interview", "the widely popular channel", "20 metres wide"): a scope conflict needs a narrowing or widening word
    /// proper on both sides (only, solely, specifically, limited to … against broadly, broader, beyond, extending …).
    /// </summary>
    private static readonly HashSet<string> WeakScopeCues = new(StringComparer.Ordinal)
    {
        "all", "every", "everything", "everyone", "everywhere", "just", "across", "whole", "entire", "general", "generally", "exclusive", "exclusively",
        "wide", "widely", "wider", "widespread",
    };

    /// <summary>Words after "only" that make it a matter of time ("only recently came to light", "only now decided").</summary>
    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "now", "then", "recently", "lately", "later", "just", "after", "when", "once", "today", "yesterday", "this", "last",
    };

    /// <summary>
    /// Whether the scope word at <paramref name="span"/> of <paramref name="text"/> does not set the reach of a statement:
    /// one of <see cref="WeakScopeCues"/>, an "only" of time ("only recently", <see cref="TimeWords"/>) or an adjective
    /// ("the only controversy"). In samples of FNC-1 bodies, scope discrepancies that rested on these were never real.
    /// </summary>
    private static bool IsWeakScope(string text, TextRange span)
    {
        if (IsOneOf(WeakScopeCues, text, span)) return true;
        if (!text[span.Start..span.End].Equals("only", StringComparison.OrdinalIgnoreCase)) return false;
        var before = text[..span.Start].TrimEnd();
        var after = text[span.End..].TrimStart();
        var next = new string([.. after.TakeWhile(char.IsLetter)]).ToLowerInvariant();
        return TimeWords.Contains(next) || before.EndsWith(" the", StringComparison.OrdinalIgnoreCase) || before.Equals("the", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether a weak broad word ("every", "all", "entire", "whole") stands against a proper "only" over the same thing:
    /// "the owners of every cooling tower in the city" / "applies only to the 12 cooling towers near the outbreak". A word
    /// of the few right after the one must be among those right after the other, unless the claims restate one statement
    /// (<see cref="ClaimPair.SameStatement"/>: "every supporter who attended would receive a full refund" / "refunds will
    /// be offered only to fans who bought tickets on the day").
    /// </summary>
    private static bool IsEveryAgainstOnly(ConflictEvidence evidence, Claim a, Claim b, bool sameStatement)
        => IsOneOf(EveryWords, a.Content, evidence.First) && !IsWeakScope(b.Content, evidence.Second)
           && (sameStatement && QuantifiesNext(a.Content, evidence.First)
               || WordsAfter(a.Content, evidence.First).Overlaps(WordsAfter(b.Content, evidence.Second)));

    /// <summary>Whether the word after <paramref name="span"/>, past "the", "of" and possessives, is informative: "every supporter", "all of the towers"; not "all in all".</summary>
    private static bool QuantifiesNext(string text, TextRange span)
        => span.End <= text.Length && Tokenizer.Tokenize(text[span.End..]).SkipWhile(t => t.Term is "the" or "of" or "its" or "their" or "his" or "her" or "our")
            .FirstOrDefault() is { Term: { } term } && Tokenizer.IsInformative(term);

    /// <summary>The informative terms among the four words after <paramref name="span"/>.</summary>
    private static HashSet<string> WordsAfter(string text, TextRange span)
        => span.End <= text.Length ? [.. Tokenizer.Tokenize(text[span.End..]).Take(4).Select(t => t.Term).Where(Tokenizer.IsInformative)] : [];

    private static readonly HashSet<string> EveryWords = new(StringComparer.Ordinal) { "all", "every", "entire", "whole" };
}

using ClaimDiff.Claims;
using ClaimDiff.Comparison.Internal;
using ClaimDiff.Text;

namespace ClaimDiff.Comparison.Conflicts;

/// <summary>What the built-in detectors ask of two claims before they call a conflict pinpointed: the clashing words on both sides are about one thing.</summary>
internal static class Vetting
{
    /// <summary>
    /// How many informative words two conflicting figures or dates must share nearby to be about one quantity in a
    /// report ("150 women released from a Syrian jail" / "138 women released from a Syrian jail"): one shared word let
    /// through "$1,200 for a gold watch … consumers" / "the Sport model will cost consumers $349" (docs/comparison-defaults.md gives the measurements behind the value).
    /// </summary>
    internal const int SameQuantityContext = 2;

    /// <summary>
    /// Whether two conflicting figures or dates are about one quantity or event: <see cref="SameQuantityContext"/>
    /// informative words near both, and nothing marking them as different things (<see cref="ConflictFinder.AreDifferentThings"/>);
    /// or claims that restate one statement (<see cref="ClaimPair.SameStatement"/>) with words near both as
    /// <see cref="OnOneThing"/> counts them, names included ("Sotloff disappeared in Syria in August 2013" / "… August
    /// 2016"; "captured in Syria on Thanksgiving Day 2012" / "… 2015");
    /// or <see cref="RestatedQuantityContext"/> informative words near both.
    /// </summary>
    internal static bool SameQuantity(ConflictEvidence evidence, Claim a, Claim b, bool sameStatement)
    {
        var shared = ConflictFinder.SharedContextWords(a.Content, evidence.First, b.Content, evidence.Second);
        return shared.Words >= RestatedQuantityContext
            || sameStatement && OnOneThing(shared)
            || shared.Words >= SameQuantityContext && !ConflictFinder.AreDifferentThings(a.Content, evidence.First, b.Content, evidence.Second);
    }

    /// <summary>
    /// How many informative words near two figures or dates make them one quantity whatever else differs: a sentence
    /// restated with another year ("the company was founded in 2012 by two engineers in Austin" / "… in 2015 …") shares
    /// most of its context. Of 100 years moved three on in copies of FNC-1 test bodies, 2 were found before this
    /// (`claimdiff evaluate planted`).
    /// </summary>
    internal const int RestatedQuantityContext = 4;

    /// <summary>
    /// Whether a negated word and its affirmed twin, or two opposites, are about one thing: the informative words near
    /// both, as <see cref="OnOneThing"/> counts them. "The video does not show what occurred inside" / "the video shows Zehaf Bibeau was able" share
    /// only "video"; "Macaulay Culkin is still alive" / "Macaulay Culkin found dead" share the name and "still"; "sell the
    /// Watch Edition" / "buying the Watch Edition" share only a name. Of 25 sampled negation discrepancies on 1,000 FNC-1
    /// bodies, this kept 4 of the 5 real ones and dropped 12 of the 20 others. With <c>namesSuffice</c>, shared names
    /// alone make the thing one (<see cref="NegationConflictDetector.NegatedRestatementSimilarity"/>).
    /// </summary>
    internal static bool AboutOneThing(ConflictEvidence evidence, Claim a, Claim b, bool namesSuffice = false)
    {
        var shared = ConflictFinder.SharedContextWords(a.Content, evidence.First, b.Content, evidence.Second);
        return OnOneThing(shared) || namesSuffice && shared.WithNames >= SameQuantityContext;
    }

    /// <summary><see cref="SameQuantityContext"/> shared words, names included, one of them no name.</summary>
    internal static bool OnOneThing((int Words, int WithNames) shared) => shared.Words >= 1 && shared.WithNames >= SameQuantityContext;

    /// <summary>Whether <paramref name="span"/> covers every letter and digit of <paramref name="text"/>: evidence set against the whole claim.</summary>
    internal static bool IsWhole(TextRange span, string text)
    {
        var first = 0;
        while (first < text.Length && !char.IsLetterOrDigit(text[first])) first++;
        var last = text.Length;
        while (last > first && !char.IsLetterOrDigit(text[last - 1])) last--;
        return span.Start <= first && span.End >= last;
    }

    /// <summary>Whether the words at <paramref name="span"/> of <paramref name="text"/>, lower-cased, are one of <paramref name="words"/>.</summary>
    internal static bool IsOneOf(IReadOnlySet<string> words, string text, TextRange span)
        => span.Start >= 0 && span.End <= text.Length && words.Contains(text[span.Start..span.End].ToLowerInvariant());

    /// <summary>Pinpointed when <paramref name="pinpoints"/>; otherwise unplaced when the evidence is set against a whole claim, else set aside.</summary>
    internal static EvidenceStrength Strength(bool pinpoints, ConflictEvidence evidence, ClaimPair pair)
        => pinpoints ? EvidenceStrength.Pinpointed
            : IsWhole(evidence.First, pair.First.Content) || IsWhole(evidence.Second, pair.Second.Content) ? EvidenceStrength.Unplaced
            : EvidenceStrength.SetAside;
}

using System.Collections.Frozen;
using ClaimDiff.Text;

namespace ClaimDiff.Comparison.Internal;

/// <summary>
/// The word lists the pair features and the conflict finder rely on, read from the embedded lists of
/// <see cref="WordLists"/>. Most entries are stored as the <see cref="Tokenizer.Stem"/> of the lower-cased word, so
/// inflections that stem alike match ("denied", "denies").
/// </summary>
internal static class ConflictLexicon
{
    /// <summary>The <c>negations</c> word list.</summary>
    public static readonly FrozenSet<string> Negations = Stems(WordLists.Words("negations"));

    /// <summary>
    /// Denying words that say a report is false. The rest of the refutation cues ("rumour", "satirical", "skeptical",
    /// "dispute", "exaggerated") tell the classifier of doubt but, in a sample of 25 denial discrepancies on 1,000 FNC-1
    /// bodies, named something else than the other claim far more often than they denied it. Lower-case surface forms,
    /// not stems: "denied" counts, "denier" does not.
    /// </summary>
    public static readonly FrozenSet<string> Falsity = WordLists.Words("falsity").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a cue's words (lower case, as written) say that a report is false: one of <see cref="Falsity"/>, or a hyphenated compound whose first part is ("fake-news").</summary>
    public static bool IsFalsity(string cue) => Falsity.Contains(cue) || FirstPart(cue) is { } first && Falsity.Contains(first);

    /// <summary>
    /// Whether a term (as the tokenizer writes it) refutes: one of <see cref="Refutations"/>, or a hyphenated compound
    /// whose first part is one ("fake-news", "hoax-style").
    /// </summary>
    public static bool IsRefutation(string term) => Refutations.Contains(term) || FirstPart(term) is { } first && Refutations.Contains(S(first));

    /// <summary>The part of a hyphenated word before its first hyphen ("fake" of "fake-news"); null for a word without one.</summary>
    private static string? FirstPart(string word) => word.IndexOf('-') is var hyphen and > 0 ? word[..hyphen] : null;

    /// <summary>Whether a term (as the tokenizer writes it) negates: one of <see cref="Negations"/> or a word ending in "n't".</summary>
    public static bool IsNegation(string term)
        => Negations.Contains(term) || term.EndsWith("n't", StringComparison.Ordinal) || term.EndsWith("n\u2019t", StringComparison.Ordinal);

    /// <summary>
    /// Words by which a text refutes or denies a report. Not "doctored" or "staged": their stems are "doctor" and "stage",
    /// and in FNC-1's training bodies "doctors" alone came 170 times against 7 for "doctored".
    /// </summary>
    public static readonly FrozenSet<string> Refutations = Stems(WordLists.Words("refutations"));

    /// <summary>Words by which a text hedges, reports without asserting, or predicts: the <c>hedges</c>, <c>hedging-verbs</c>, <c>unasserted</c> and <c>claim-verbs</c> word lists.</summary>
    public static readonly FrozenSet<string> Hedges = Stems([.. WordLists.Words("hedges"), .. WordLists.Words("hedging-verbs"), .. WordLists.Words("unasserted"), .. WordLists.Words("claim-verbs")]);

    /// <summary>
    /// The hedges that make a statement uncertain or a prediction, rather than someone's claim: "the plant may close",
    /// "shares are expected to fall", "he reportedly resigned" (the <c>hedges</c> and <c>unasserted</c> word lists).
    /// Whole words, lower case, not stems: "reportedly" and "likely" stem to "report" and "like".
    /// </summary>
    public static readonly FrozenSet<string> ModalHedges = WordLists.Set("hedges", "unasserted");

    /// <summary>Quantifiers that narrow the scope of a statement.</summary>
    public static readonly FrozenSet<string> NarrowScope = Stems(WordLists.Words("narrow-scope"));

    /// <summary>Quantifiers that widen the scope of a statement.</summary>
    public static readonly FrozenSet<string> BroadScope = Stems(WordLists.Words("broad-scope"));

    /// <summary>Two-word cues: (first word stem, second word stem) → which list they belong to.</summary>
    public static readonly FrozenDictionary<(string, string), Cue> Phrases = WordLists.Entries("cue-phrases").ToFrozenDictionary(
        e => (S(e.Entry.Split(' ')[0]), S(e.Entry.Split(' ')[1])),
        e => Enum.Parse<Cue>(e.Value, ignoreCase: true));

    /// <summary>Opposite words, both directions, by stem.</summary>
    public static readonly FrozenDictionary<string, FrozenSet<string>> Antonyms = BuildAntonyms(WordLists.Entries("antonyms"));

    /// <summary>The number of refutation word groups (see <see cref="RefutationGroup"/>).</summary>
    public const int RefutationGroupCount = 5;

    private static readonly string[] RefutationGroupNames = ["fake", "deny", "false", "debunk", "report"];

    private static readonly FrozenDictionary<string, int> RefutationGroups = WordLists.Entries("refutation-groups")
        .Select(e => (Stem: S(e.Entry), Group: Array.IndexOf(RefutationGroupNames, e.Value)))
        .DistinctBy(x => x.Stem).ToFrozenDictionary(x => x.Stem, x => x.Group, StringComparer.Ordinal);

    /// <summary>Which refutation group a term belongs to (fake, deny, false, debunk, report), or -1.</summary>
    public static int RefutationGroup(string term) => RefutationGroups.GetValueOrDefault(term, -1);

    private static FrozenSet<string> Stems(IEnumerable<string> words) => words.Select(S).ToFrozenSet(StringComparer.Ordinal);

    private static string S(string word) => Tokenizer.Stem(word.ToLowerInvariant());

    private static FrozenDictionary<string, FrozenSet<string>> BuildAntonyms(IEnumerable<(string Entry, string Value)> pairs)
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var (a, b) = (S(pair.Entry), S(pair.Value));
            if (a == b) continue;
            Add(a, b);
            Add(b, a);
        }
        return map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);

        void Add(string from, string to)
        {
            if (!map.TryGetValue(from, out var set))
                map[from] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(to);
        }
    }
}

/// <summary>What a cue word signals.</summary>
internal enum Cue : byte
{
    None,
    Negation,
    Refutation,
    Hedge,
    Narrow,
    Broad,
}

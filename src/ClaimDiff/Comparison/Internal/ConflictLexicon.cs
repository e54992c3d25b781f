using System.Collections.Frozen;
using ClaimDiff.Text;

namespace ClaimDiff.Comparison.Internal;

/// <summary>
/// The small hand-written word lists the pair features and the conflict finder rely on. Every entry is stored as its
/// <see cref="Tokenizer.Stem"/> of the lower-cased word, so inflections that stem alike match ("denied", "denies").
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
    public static readonly FrozenSet<string> Falsity = new[]
    {
        "deny", "denies", "denied", "denying", "denial", "denials", "false", "falsely", "fake", "fakes", "faked", "hoax", "hoaxes", "hoaxer", "hoaxers",
        "debunk", "debunks", "debunked", "debunking", "refute", "refutes", "refuted", "refuting", "rebut", "rebuts", "rebutted",
        "untrue", "bogus", "fabricated", "fabrication", "myth", "baseless", "unfounded", "incorrect", "inaccurate", "photoshopped",
        "lied", "retracted", "retraction", "misreported", "misquoted", "not true", "no evidence", "no truth", "not real",
        "never happened", "made up", "urban legend",
    }.ToFrozenSet(StringComparer.Ordinal);

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
    public static readonly FrozenSet<string> Refutations = Stems(
        "deny denies denied denying denial denials false falsely fake fakes faked hoax hoaxes hoaxer hoaxers debunk debunks debunked debunking " +
        "refute refutes refuted refuting rebut rebuts rebutted dismiss dismisses dismissed untrue bogus fabricated fabrication " +
        "myth misleading incorrect wrong erroneous baseless unfounded rumour rumours rumor rumors photoshopped satire satirical " +
        "farfetched implausible doubtful dubious skeptical sceptical questionable spoof parody prank pranks lie lies lied inaccurate " +
        "exaggerated overblown nonsense absurd fictional fiction disputed disputes contradict contradicted contradicts retracted retraction " +
        "manipulated altered misreported misquoted");

    /// <summary>Words by which a text hedges, reports without asserting, or predicts: the <c>hedges</c>, <c>unasserted</c> and <c>claim-verbs</c> word lists.</summary>
    public static readonly FrozenSet<string> Hedges = Stems([.. WordLists.Words("hedges"), .. WordLists.Words("unasserted"), .. WordLists.Words("claim-verbs")]);

    /// <summary>
    /// The hedges that make a statement uncertain or a prediction, rather than someone's claim: "the plant may close",
    /// "shares are expected to fall", "he reportedly resigned" (the <c>hedges</c> and <c>unasserted</c> word lists).
    /// Whole words, lower case, not stems: "reportedly" and "likely" stem to "report" and "like".
    /// </summary>
    public static readonly FrozenSet<string> ModalHedges = WordLists.Set("hedges", "unasserted");

    /// <summary>Quantifiers that narrow the scope of a statement.</summary>
    public static readonly FrozenSet<string> NarrowScope = Stems("only solely exclusively specifically just merely purely strictly sole");

    /// <summary>Quantifiers that widen the scope of a statement.</summary>
    public static readonly FrozenSet<string> BroadScope = Stems(
        "broadly broad broader all every beyond wider widely widespread extend extends extending extended across entire whole sweeping blanket " +
        "everyone everything everywhere general generally universal");

    /// <summary>Two-word cues: (first word stem, second word stem) → which list they belong to.</summary>
    public static readonly FrozenDictionary<(string, string), Cue> Phrases = new Dictionary<(string, string), Cue>
    {
        [(S("not"), S("true"))] = Cue.Refutation,
        [(S("no"), S("evidence"))] = Cue.Refutation,
        [(S("no"), S("truth"))] = Cue.Refutation,
        [(S("not"), S("plausible"))] = Cue.Refutation,
        [(S("not"), S("real"))] = Cue.Refutation,
        [(S("never"), S("happened"))] = Cue.Refutation,
        [(S("made"), S("up"))] = Cue.Refutation,
        [(S("no"), S("such"))] = Cue.Refutation,
        [(S("urban"), S("legend"))] = Cue.Refutation,
        [(S("limited"), S("to"))] = Cue.Narrow,
        [(S("restricted"), S("to"))] = Cue.Narrow,
        [(S("confined"), S("to"))] = Cue.Narrow,
        [(S("well"), S("beyond"))] = Cue.Broad,
        [(S("far"), S("beyond"))] = Cue.Broad,
        // A narrow word negated or exceeded widens the scope: "not only", "not just", "beyond just".
        [(S("not"), S("only"))] = Cue.Broad,
        [(S("not"), S("just"))] = Cue.Broad,
        [(S("beyond"), S("just"))] = Cue.Broad,
        [(S("beyond"), S("only"))] = Cue.Broad,
        // Discourse markers, not quantifiers: "More specifically, …", "just as".
        [(S("more"), S("specifically"))] = Cue.None,
        [(S("just"), S("as"))] = Cue.None,
        // The name of a vote, not a negation: "lost a vote of no confidence" / "brought down the government in a confidence vote".
        [(S("no"), S("confidence"))] = Cue.None,
    }.ToFrozenDictionary();

    /// <summary>Opposite words, both directions, by stem.</summary>
    public static readonly FrozenDictionary<string, FrozenSet<string>> Antonyms = BuildAntonyms(
        "rise:fall rises:falls rose:fell risen:fallen increase:decrease increased:decreased increases:decreases up:down " +
        "gain:loss gains:losses higher:lower high:low more:less most:least grow:shrink grew:shrank growth:decline " +
        "allow:ban allowed:banned allows:bans permit:prohibit permitted:prohibited legal:illegal lift:impose lifted:imposed " +
        "confirm:deny confirmed:denied confirms:denies accept:reject accepted:rejected accepts:rejects approve:reject approved:rejected " +
        "win:lose won:lost wins:loses winner:loser victory:defeat open:close opened:closed opens:closes start:end started:ended " +
        "begin:end began:ended alive:dead live:die lived:died survived:died true:false real:fake guilty:innocent " +
        "support:oppose supported:opposed supports:opposes agree:disagree agreed:disagreed include:exclude included:excluded " +
        "success:failure succeeded:failed arrive:leave arrived:left enter:exit entered:exited buy:sell bought:sold " +
        "strengthen:weaken strengthened:weakened expand:reduce expanded:reduced tighten:ease tightened:eased before:after " +
        "first:last male:female man:woman men:women boy:girl inside:outside indoors:outdoors day:night sleeping:awake " +
        "sitting:standing sits:stands empty:full young:old big:small large:small fast:slow hot:cold wet:dry asleep:awake " +
        "present:absent public:private civilian:military domestic:foreign");

    /// <summary>The number of refutation word groups (see <see cref="RefutationGroup"/>).</summary>
    public const int RefutationGroupCount = 5;

    private static readonly FrozenDictionary<string, int> RefutationGroups = new[]
    {
        "fake fakes faked hoax hoaxes satire satirical photoshopped fabricated fabrication bogus prank pranks spoof parody manipulated altered fictional",
        "deny denies denied denying denial denials dismiss dismisses dismissed rejected",
        "false falsely untrue incorrect wrong erroneous baseless unfounded myth misleading farfetched implausible dubious doubtful nonsense absurd inaccurate lie lies",
        "debunk debunks debunked debunking refute refutes refuted rebut rebutted retract retracted retraction disputed contradicted contradicts",
        "reportedly allegedly alleged unconfirmed unverified rumour rumours rumor rumors purportedly",
    }.SelectMany((words, group) => words.Split(' ').Select(w => (Stem: S(w), Group: group)))
     .DistinctBy(x => x.Stem).ToFrozenDictionary(x => x.Stem, x => x.Group, StringComparer.Ordinal);

    /// <summary>Which refutation group a term belongs to (fake, deny, false, debunk, report), or -1.</summary>
    public static int RefutationGroup(string term) => RefutationGroups.GetValueOrDefault(term, -1);

    private static FrozenSet<string> Stems(string words) => Stems(words.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static FrozenSet<string> Stems(IEnumerable<string> words) => words.Select(S).ToFrozenSet(StringComparer.Ordinal);

    private static string S(string word) => Tokenizer.Stem(word.ToLowerInvariant());

    private static FrozenDictionary<string, FrozenSet<string>> BuildAntonyms(string pairs)
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var pair in pairs.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split(':');
            var (a, b) = (S(parts[0]), S(parts[1]));
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

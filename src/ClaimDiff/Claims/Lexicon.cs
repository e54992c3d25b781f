using System.Collections.Frozen;
using ClaimDiff.Text;

namespace ClaimDiff.Claims;

/// <summary>The word lists the rule-based claim extractor uses, each an embedded list of <see cref="WordLists"/> named after it.</summary>
internal static class Lexicon
{
    /// <summary>The word list <paramref name="list"/> (<see cref="WordLists"/>) with the words of <paramref name="more"/>, in any case.</summary>
    private static FrozenSet<string> Set(string list, params IEnumerable<string>[] more)
        => WordLists.Words(list).Concat(more.SelectMany(m => m)).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that credit a statement to a source, in every inflection used in news.</summary>
    public static readonly FrozenSet<string> CueVerbs = Set("cue-verbs");

    /// <summary>Verbs that, followed by "to" and a verb of speech, report that a source would not say something ("declined to comment").</summary>
    public static readonly FrozenSet<string> RefusalVerbs = Set("refusal-verbs");

    /// <summary>Nouns for what a source publishes: "the trust's data" is the trust's word.</summary>
    public static readonly FrozenSet<string> DocumentNouns = Set("document-nouns");

    /// <summary>Cue verbs whose statement is a denial.</summary>
    public static readonly FrozenSet<string> DenialCues = Set("denial-cues");

    /// <summary>
    /// Cue verbs that take a particle, with it a cue of their own: "ruled out" (a denial) against "ruled" (a court's
    /// finding). Only the past tense: "rule" and "rules" are nouns far more often ("The rules will not touch …").
    /// </summary>
    public static readonly FrozenSet<string> PhrasalCues = Set("phrasal-cues");

    /// <summary>Words that hedge a statement (the <c>hedges</c>, <c>hedging-verbs</c> and <c>weak-hedges</c> word lists).</summary>
    public static readonly FrozenSet<string> Hedges = WordLists.Set("hedges", "hedging-verbs", "weak-hedges");

    /// <summary>Words that mark a prediction or plan.</summary>
    public static readonly FrozenSet<string> Predictions = Set("predictions");

    /// <summary>Words that negate a clause (the <c>negations</c> word list; a word ending in "n't" negates too).</summary>
    public static readonly FrozenSet<string> Negations = WordLists.Set("negations");

    /// <summary>Auxiliaries and adverbs that may stand between a source and its cue verb ("the ministry has also said").</summary>
    public static readonly FrozenSet<string> Auxiliaries = Set("auxiliaries");

    /// <summary>Common nouns that can be the source of a statement without a name.</summary>
    public static readonly FrozenSet<string> SourceNouns = Set("source-nouns");

    /// <summary>Auxiliaries that make the verb after them passive ("it was announced"): then the subject is not the speaker.</summary>
    public static readonly FrozenSet<string> PassiveAuxiliaries = Set("passive-auxiliaries");

    /// <summary>Prepositions that join a source noun to the name that qualifies it ("a spokesperson for the embassy", "economists at Nomura").</summary>
    public static readonly FrozenSet<string> SourcePrepositions = Set("source-prepositions");

    /// <summary>The days of the week.</summary>
    public static readonly FrozenSet<string> Weekdays = CalendarNames.Weekdays;

    /// <summary>The months, in full.</summary>
    public static readonly FrozenSet<string> Months = CalendarNames.Months;

    /// <summary>Words that may stand between a cue verb and its "that": times, settings and audiences ("said on Tuesday in a statement that").</summary>
    public static readonly FrozenSet<string> CueAdjuncts = Set("cue-adjuncts", Weekdays);

    /// <summary>Parts of a day that may follow a cue verb ("said on Monday evening").</summary>
    public static readonly FrozenSet<string> TimesOfDay = Set("times-of-day");

    /// <summary>Titles that open an apposition without an article ("Li Wei, founder of …, said").</summary>
    public static readonly FrozenSet<string> PersonTitles = Set("person-titles");

    /// <summary>Pronouns that refer back to an earlier source.</summary>
    public static readonly FrozenSet<string> Pronouns = Set("pronouns");

    /// <summary>Words that only qualify a nameless source ("some", "senior", "two").</summary>
    public static readonly FrozenSet<string> SourceQualifiers = Set("source-qualifiers");

    /// <summary>Words in the names of news outlets.</summary>
    public static readonly FrozenSet<string> OutletWords = Set("outlet-words");

    /// <summary>Words in the names of organisations.</summary>
    public static readonly FrozenSet<string> OrganizationWords = Set("organization-words");

    /// <summary>Countries, their capitals when used for their governments, and their demonyms.</summary>
    public static readonly FrozenSet<string> Countries = Set("countries");

    /// <summary>Capitalised words that start sentences but are not names.</summary>
    public static readonly FrozenSet<string> NotNames = Set("not-names", Months, Weekdays);

    /// <summary>
    /// Phrases that mark page boilerplate rather than claims, matched as whole words: "subscribe to" is a page's, "9.4
    /// million subscribers" a claim's; "sign up for" a page's, "sign up 200 volunteers" a claim's.
    /// </summary>
    public static readonly string[] Boilerplate = [.. WordLists.Words("boilerplate")];
}

using System.Collections.Frozen;
using ClaimDiff.Text;

namespace ClaimDiff.Claims;

/// <summary>The word lists the rule-based claim extractor uses.</summary>
internal static class Lexicon
{
    private static FrozenSet<string> Set(string words, params IEnumerable<string>[] more)
        => words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Concat(more.SelectMany(m => m)).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that credit a statement to a source, in every inflection used in news.</summary>
    public static readonly FrozenSet<string> CueVerbs = Set("""
        say says said saying state states stated stating report reports reported reporting claim claims claimed claiming
        assert asserts asserted asserting announce announces announced announcing tell tells told telling add adds added
        indicate indicates indicated indicating suggest suggests suggested suggesting warn warns warned warning
        note notes noted noting confirm confirms confirmed confirming deny denies denied denying insist insists insisted insisting
        argue argues argued arguing maintain maintains maintained maintaining explain explains explained explaining
        estimate estimates estimated estimating predict predicts predicted predicting acknowledge acknowledges acknowledged
        admit admits admitted admitting allege alleges alleged alleging reject rejects rejected rejecting dismiss dismisses dismissed
        write writes wrote writing show shows showed shown reveal reveals revealed revealing believe believes believed
        contend contends contended declare declares declared declaring emphasize emphasizes emphasized emphasise emphasised
        stress stresses stressed stressing mention mentions mentioned ruled find finds found
        """);

    /// <summary>Verbs that, followed by "to" and a verb of speech, report that a source would not say something ("declined to comment").</summary>
    public static readonly FrozenSet<string> RefusalVerbs = Set("decline declines declined refuse refuses refused");

    /// <summary>Nouns for what a source publishes: "the trust's data" is the trust's word.</summary>
    public static readonly FrozenSet<string> DocumentNouns = Set("data figures report statement study survey analysis filing records website letter note forecast estimates research findings");

    /// <summary>Cue verbs whose statement is a denial.</summary>
    public static readonly FrozenSet<string> DenialCues = Set("deny denies denied denying reject rejects rejected rejecting dismiss dismisses dismissed refute refutes refuted", ["ruled out"]);

    /// <summary>
    /// Cue verbs that take a particle, with it a cue of their own: "ruled out" (a denial) against "ruled" (a court's
    /// finding). Only the past tense: "rule" and "rules" are nouns far more often ("The rules will not touch …").
    /// </summary>
    public static readonly FrozenSet<string> PhrasalCues = Set("ruled");

    /// <summary>Words that hedge a statement (the <c>hedges</c> and <c>weak-hedges</c> word lists).</summary>
    public static readonly FrozenSet<string> Hedges = WordLists.Set("hedges", "weak-hedges");

    /// <summary>Words that mark a prediction or plan.</summary>
    public static readonly FrozenSet<string> Predictions = Set("will shall expected expects plan plans planned planning predict predicts predicted intends intend aims estimate estimates estimated");

    /// <summary>Words that negate a clause (the <c>negations</c> word list; a word ending in "n't" negates too).</summary>
    public static readonly FrozenSet<string> Negations = WordLists.Set("negations");

    /// <summary>Auxiliaries and adverbs that may stand between a source and its cue verb ("the ministry has also said").</summary>
    public static readonly FrozenSet<string> Auxiliaries = Set("has have had is was were are be been also previously earlier later recently publicly officially repeatedly separately reportedly once again then further already did does do would");

    /// <summary>Common nouns that can be the source of a statement without a name.</summary>
    public static readonly FrozenSet<string> SourceNouns = Set("""
        official officials analyst analysts expert experts source sources report reports people person observers observer critics critic
        diplomat diplomats ministry government spokesperson spokesman spokeswoman company agency police authorities authority researchers
        researcher scientists scientist economists economist investors investor traders trader newspaper paper outlet statement residents
        witnesses witness lawmakers lawmaker executives executive insiders insider study data figures survey court regulator regulators
        commission department office embassy ministry's government's leaders leader minister president
        council union firm operator board prosecutors prosecutor investigators investigator judge club league
        """);

    /// <summary>Auxiliaries that make the verb after them passive ("it was announced"): then the subject is not the speaker.</summary>
    public static readonly FrozenSet<string> PassiveAuxiliaries = Set("is was were are be been being");

    /// <summary>Prepositions that join a source noun to the name that qualifies it ("a spokesperson for the embassy", "economists at Nomura").</summary>
    public static readonly FrozenSet<string> SourcePrepositions = Set("at of for from in with");

    /// <summary>The days of the week.</summary>
    public static readonly FrozenSet<string> Weekdays = CalendarNames.Weekdays;

    /// <summary>The months, in full.</summary>
    public static readonly FrozenSet<string> Months = CalendarNames.Months;

    /// <summary>Words that may stand between a cue verb and its "that": times, settings and audiences ("said on Tuesday in a statement that").</summary>
    public static readonly FrozenSet<string> CueAdjuncts = Set("on in at a an the statement interview briefing reporters journalists to also earlier later yesterday today tonight this last week month publicly repeatedly again", Weekdays);

    /// <summary>Parts of a day that may follow a cue verb ("said on Monday evening").</summary>
    public static readonly FrozenSet<string> TimesOfDay = Set("morning afternoon evening night midday noon");

    /// <summary>Titles that open an apposition without an article ("Li Wei, founder of …, said").</summary>
    public static readonly FrozenSet<string> PersonTitles = Set("founder co-founder head chief director chairman chairwoman chair president professor author owner editor manager spokesman spokeswoman spokesperson leader secretary minister mayor governor senator lawyer member partner deputy");

    /// <summary>Pronouns that refer back to an earlier source.</summary>
    public static readonly FrozenSet<string> Pronouns = Set("he she they it we");

    /// <summary>Words that only qualify a nameless source ("some", "senior", "two").</summary>
    public static readonly FrozenSet<string> SourceQualifiers = Set("the a an its his her their our some several many most other two three four few senior unnamed anonymous local foreign western chinese japanese american european independent industry government company trade market chief top deputy vice");

    /// <summary>Words in the names of news outlets.</summary>
    public static readonly FrozenSet<string> OutletWords = Set("journal times post reuters bloomberg ap afp associated press bbc cnn nhk xinhua kyodo guardian telegraph news tribune herald gazette daily agency nikkei economist wire chronicle yomiuri asahi cnbc npr politico axios");

    /// <summary>Words in the names of organisations.</summary>
    public static readonly FrozenSet<string> OrganizationWords = Set("ministry department office agency commission council government party bank corp corporation inc ltd company group association union university institute administration committee club trust service alliance society foundation court parliament congress senate army navy force forces police embassy federation organization organisation fund authority bureau");

    /// <summary>Countries, their capitals when used for their governments, and their demonyms.</summary>
    public static readonly FrozenSet<string> Countries = Set("""
        china beijing japan tokyo taiwan taipei korea seoul pyongyang russia moscow ukraine kyiv kiev america washington us u.s. usa
        britain uk u.k. london france paris germany berlin india delhi italy rome spain madrid canada ottawa australia canberra brazil
        mexico iran tehran israel jerusalem egypt cairo turkey ankara saudi arabia riyadh pakistan islamabad eu europe brussels
        vietnam hanoi philippines manila indonesia jakarta
        """);

    /// <summary>Capitalised words that start sentences but are not names.</summary>
    public static readonly FrozenSet<string> NotNames = Set("""
        the a an this that these those it its in on at for from by with as but and or if when while after before however
        meanwhile although though since because so yet still also moreover furthermore according there here their his her
        our we they he she i you some many most several all both each every no not only analysts reports sources officials
        read click subscribe sign follow share nobody everyone everybody someone somebody anyone anybody nothing without within despite during under over into upon among between against through
        """, Months, Weekdays);

    /// <summary>
    /// Phrases that mark page boilerplate rather than claims, matched as whole words: "subscribe to" is a page's, "9.4
    /// million subscribers" a claim's; "sign up for" a page's, "sign up 200 volunteers" a claim's.
    /// </summary>
    public static readonly string[] Boilerplate =
    [
        "read the full story", "read more", "click here", "subscribe to", "subscribe now", "subscribe for", "sign up for",
        "sign up to", "sign up here", "all rights reserved", "follow us", "share this", "cookie policy", "cookie settings",
        "uses cookies", "use cookies", "accept cookies", "our newsletter", "in the comments", "leave a comment",
        "collected via email", "collected via twitter", "collected via facebook", "pic.twitter.com",
        "last updated", "document.getelementbyid", "function ()", "function()",
    ];
}

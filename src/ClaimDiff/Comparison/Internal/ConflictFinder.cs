using ClaimDiff.Text;
using ClaimDiff.Comparison.Conflicts;

namespace ClaimDiff.Comparison.Internal;

/// <summary>
/// Finds typed conflicts between a claim and one sentence: opposite scope quantifiers, a negation on one side only,
/// different numbers or dates, antonyms, a denial, a different named entity. Each finding carries the spans in both texts.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ConflictFinder
{
    /// <summary>Returns every conflict that the built-in detectors find between <paramref name="a"/> and <paramref name="b"/>, in their order.</summary>
    public static List<ConflictEvidence> Find(TextAnalysis a, TextAnalysis b)
    {
        var found = new List<ConflictEvidence>(2);
        foreach (var detector in BuiltInDetectors.All)
            ((ILexicalConflictDetector)detector).Find(a, b, found);
        return found;
    }

    internal static void Scope(TextAnalysis a, TextAnalysis b, List<ConflictEvidence> found)
    {
        if (Pair(a, b, Cue.Narrow, Cue.Broad, "narrow scope", "broad scope", found)) return;
        Pair(a, b, Cue.Broad, Cue.Narrow, "broad scope", "narrow scope", found);
    }

    private static bool Pair(TextAnalysis a, TextAnalysis b, Cue cueA, Cue cueB, string nameA, string nameB, List<ConflictEvidence> found)
    {
        var i = a.FirstOf(cueA);
        var j = b.FirstOf(cueB);
        // One side must not carry the same quantifier too, else both texts make the same mixed statement.
        if (i < 0 || j < 0 || b.FirstOf(cueA) >= 0 || a.FirstOf(cueB) >= 0) return false;
        var (sa, sb) = (CueSpan(a, i), CueSpan(b, j));
        found.Add(new ConflictEvidence(DiscrepancyType.Scope, sa, sb,
            $"\"{Slice(a, sa)}\" ({nameA}) vs \"{Slice(b, sb)}\" ({nameB})"));
        return true;
    }

    internal static void Numeric(TextAnalysis a, TextAnalysis b, List<ConflictEvidence> found)
    {
        if (a.Numbers.Count == 0 || b.Numbers.Count == 0) return;
        foreach (var na in a.Numbers)
        {
            // Only numbers of the same kind are compared ("40 people" with "43 people", not "5 factories" with "$349"),
            // and only when no value satisfies both: "at least 40" and "43" agree, as do "about 60%" and "61%".
            // Nor is a figure the other text states too, of whatever ("a cluster of six gunshots" / "at least 10 gunshots, a
            // cluster of six"): a part set against its whole.
            if (b.Numbers.Exists(nb => nb.Measures(na) && nb.Allows(na)) || b.States(na.Value)) continue;
            var other = b.Numbers.FindIndex(nb => nb.Measures(na) && !a.Numbers.Exists(x => x.Measures(nb) && x.Allows(nb)) && !a.States(nb.Value)
                && SameContext(a, na.Token, UnitEnd(a, na), b, nb.Token, UnitEnd(b, nb)));
            if (other < 0) continue;
            var nb = b.Numbers[other];
            var (sa, sb) = (a.Span(na.Token), b.Span(nb.Token));
            // Two times of day are a conflict over when, not how many.
            var clock = na.Unit == TextAnalysis.ClockUnit;
            found.Add(new ConflictEvidence(clock ? DiscrepancyType.DateTime : DiscrepancyType.Numeric, sa, sb,
                $"{Slice(a, sa)} vs {Slice(b, sb)}{(na.IsPercent ? " (percentages)" : na.Unit.Length > 0 && !clock ? $" ({na.Unit})" : "")}"));
            return;
        }
    }

    /// <summary>
    /// Whether two texts state one figure about one thing: a number of the same kind on each side (a unit or a
    /// percentage: "about 340 homes" / "Around 340 homes"; bare numbers say too little); values within
    /// <see cref="SameFigureRatio"/> of each other that both mentions allow ("£2.1 billion" / "about £2.08 billion"; not
    /// "almost 42 million" / "15.4 million"), and the same number when neither is qualified (not "28 bundles" / "27
    /// bundles"); not an attribute joined to its noun ("a 12-inch screen", "18-karat gold": models and materials, not
    /// reported facts) nor part of a name ("the iPhone 6 Plus", "28 Days Later"); and either a telling figure
    /// (<see cref="TellingFigure"/>) or an informative word near both, as the numeric conflict asks of two figures that
    /// disagree.
    /// </summary>
    public static bool StateOneFigure(string a, string b)
    {
        var (pa, pb) = (Profile(a), Profile(b));
        foreach (var na in pa.Numbers)
        {
            if (na.Unit.Length == 0 && !na.IsPercent || IsJoined(pa, na)) continue;
            var telling = !na.IsPercent && !Spans.Contains(na.Unit) && (Math.Abs(na.Value) >= TellingFigure || TextAnalysis.Scales.Contains(na.Unit));
            foreach (var nb in pb.Numbers)
                if (nb.Measures(na) && nb.Allows(na) && na.Allows(nb) && !IsJoined(pb, nb) && na.Value > 0 && nb.Value > 0
                    && Math.Max(na.Value, nb.Value) <= SameFigureRatio * Math.Min(na.Value, nb.Value)
                    && (na.Bound != NumberBound.Exact || nb.Bound != NumberBound.Exact || Math.Abs(na.Value - nb.Value) < Math.Max(na.Rounding, nb.Rounding))
                    && (telling || SameContext(pa, na.Token, UnitEnd(pa, na), pb, nb.Token, UnitEnd(pb, nb))))
                    return true;
        }
        return false;

        // Joined to its noun by a hyphen, or followed by a capitalised unit (a name).
        static bool IsJoined(TextAnalysis p, NumberMention n) => p.Tokens[n.Token].End < p.Text.Length && p.Text[p.Tokens[n.Token].End] == '-'
            || n.Token + 1 < p.Tokens.Length && n.Unit.Length > 0 && char.IsUpper(p.Surface(n.Token + 1)[0]);
    }

    /// <summary>How far apart (as a ratio) two values may be and still be one figure reported twice: rounding, not another count.</summary>
    private const double SameFigureRatio = 1.1;

    /// <summary>
    /// The count from which one figure of one unit in two claims of one subject is one fact by itself, with no other word
    /// near both ("about 340 homes were flooded" / "some 340 homes were affected"): small counts ("two people", "three
    /// years") recur across a story's different facts. A unit that scales the number (<see cref="TextAnalysis.Scales"/>:
    /// "£2.1 billion", "1.2 million euros") makes a figure telling however small the number.
    /// </summary>
    private const double TellingFigure = 10;

    /// <summary>Spans of time ("24 hours", "six months"): as often a turn of phrase ("open 24 hours a day", "in the last 24 hours") as a fact.</summary>
    private static readonly HashSet<string> Spans = new(Text.Tokenizer.Tokenize("second seconds minute minutes hour hours day days week weeks month months year years").Select(t => t.Term), StringComparer.Ordinal);

    /// <summary>The last token of a figure: its unit's when that is a word of its own ("seven years"; not "a five-year term").</summary>
    private static int UnitEnd(TextAnalysis p, NumberMention n) => n.Token + (n.Unit.Length > 0 && !n.IsPercent && !p.Tokens[n.Token].Term.Contains('-') ? 1 : 0);

    internal static void Dates(TextAnalysis a, TextAnalysis b, List<ConflictEvidence> found)
    {
        if (a.Dates.Count == 0 || b.Dates.Count == 0) return;
        foreach (var da in a.Dates)
        {
            if (b.Dates.Exists(db => Compatible(da, db))) continue;
            // Compare like with like: a full date with a full date, a year with a year.
            var other = b.Dates.FindIndex(db => (da.Month > 0) == (db.Month > 0) && !a.Dates.Exists(x => Compatible(x, db))
                && SameContext(a, da.FirstToken, da.LastToken, b, db.FirstToken, db.LastToken));
            if (other < 0) continue;
            var db = b.Dates[other];
            var (sa, sb) = (a.Span(da.FirstToken, da.LastToken), b.Span(db.FirstToken, db.LastToken));
            found.Add(new ConflictEvidence(DiscrepancyType.DateTime, sa, sb, $"{Slice(a, sa)} vs {Slice(b, sb)}"));
            return;
        }
    }

    private static bool Compatible(DateMention x, DateMention y)
        => (x.Year == 0 || y.Year == 0 || x.Year == y.Year)
           && (x.Month == 0 || y.Month == 0 || x.Month == y.Month)
           && (x.Day == 0 || y.Day == 0 || x.Day == y.Day);

    internal static void Antonym(TextAnalysis a, TextAnalysis b, List<ConflictEvidence> found)
    {
        for (var i = 0; i < a.Tokens.Length; i++)
        {
            var term = a.Tokens[i].Term;
            if (!ConflictLexicon.Antonyms.TryGetValue(term, out var opposites) || b.AllTerms.Contains(term)) continue;
            for (var j = 0; j < b.Tokens.Length; j++)
            {
                if (!opposites.Contains(b.Tokens[j].Term) || a.AllTerms.Contains(b.Tokens[j].Term)) continue;
                var (sa, sb) = (a.Span(i), b.Span(j));
                found.Add(new ConflictEvidence(DiscrepancyType.Antonym, sa, sb, $"\"{Slice(a, sa)}\" vs \"{Slice(b, sb)}\" (opposites)"));
                return;
            }
        }
    }

    internal static void Negation(TextAnalysis a, TextAnalysis b, List<ConflictEvidence> found)
    {
        var (na, nb) = (a.CountOf(Cue.Negation), b.CountOf(Cue.Negation));
        if ((na % 2) == (nb % 2)) return;
        // The side with the extra negation is the negated one ("do not need … are not looking" against "do not need … are looking").
        var (negated, plain, negatedIsFirst) = na > nb ? (a, b, true) : (b, a, false);
        // The negated word is the next informative term after a negation; point at the same term on the other side when
        // it is there, else at the same word inflected otherwise ("didn't adopt" / "adopts"; synonyms paired "not yet set"
        // with "would put him at the company"). Of several negations, take the first whose word the other side affirms
        // ("you do not need … you are not actually looking" against "you do not need … you are actually looking").
        var (i, target, j) = (-1, -1, -1);
        for (var k = 0; k < negated.Tokens.Length; k++)
        {
            if (negated.Cues[k] != Cue.Negation) continue;
            var (t, m) = Affirmed(negated, k, plain);
            if (i < 0) (i, target, j) = (k, t, m);
            if (m < 0 || IsNegated(plain, m)) continue;
            (i, target, j) = (k, t, m);
            break;
        }
        var spanNeg = negated.Span(i, target < 0 ? i : target);
        var spanPlain = j >= 0 ? plain.Span(j) : new Claims.TextRange(plain.Offset, plain.Offset + plain.Text.Length);
        // Named in the order of the claims, as every other description is.
        var (negatedWords, plainWords) = ($"\"{Slice(negated, spanNeg)}\" (negated)", $"\"{Slice(plain, spanPlain)}\" (affirmed)");
        var description = negatedIsFirst ? $"{negatedWords} vs {plainWords}" : $"{plainWords} vs {negatedWords}";
        found.Add(negatedIsFirst
            ? new ConflictEvidence(DiscrepancyType.Negation, spanNeg, spanPlain, description)
            : new ConflictEvidence(DiscrepancyType.Negation, spanPlain, spanNeg, description));
    }

    /// <summary>
    /// The informative term after the negation at <paramref name="negation"/>, and where <paramref name="plain"/> has it
    /// (-1 when not). An adverb the other side lacks passes the negation on to the word it qualifies ("didn't actually
    /// adopt" / "adopts").
    /// </summary>
    private static (int Target, int Affirmed) Affirmed(TextAnalysis negated, int negation, TextAnalysis plain)
    {
        var target = NextTerm(negated, negation);
        if (target < 0) return (-1, -1);
        var j = AffirmedAt(negated, target, plain);
        if (j < 0 && IsAdverb(negated.Surface(target)) && NextTerm(negated, target) is var next and >= 0 && AffirmedAt(negated, next, plain) is var m and >= 0)
            return (next, m);
        return (target, j);
    }

    /// <summary>Where <paramref name="plain"/> has the term at <paramref name="index"/>, or the same word inflected otherwise; -1 when nowhere.</summary>
    private static int AffirmedAt(TextAnalysis negated, int index, TextAnalysis plain)
    {
        var j = Array.FindIndex(plain.Tokens, t => t.Term == negated.Tokens[index].Term);
        if (j >= 0) return j;
        var word = negated.Surface(index).ToLowerInvariant();
        return Array.FindIndex(plain.Tokens, t => char.IsLetter(t.Term[0]) && plain.Terms.Contains(t.Term)
            && Text.WordNetLexicon.Default.Relate(word, plain.Text.Substring(t.Start, t.Length).ToLowerInvariant()) == Text.WordRelation.Same);
    }

    private static bool IsAdverb(string word)
        => word.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || word.ToLowerInvariant() is "even" or "ever" or "yet" or "quite" or "necessarily";

    internal static void Denial(TextAnalysis a, TextAnalysis b, List<ConflictEvidence> found)
    {
        var (ia, ib) = (a.FirstOf(Cue.Refutation), b.FirstOf(Cue.Refutation));
        if ((ia >= 0) == (ib >= 0)) return;
        var (denier, other, denierIsFirst) = ib >= 0 ? (b, a, false) : (a, b, true);
        // Point at a word that calls the report false, where there is one: "Dead Rumors Not True" denies with "not true".
        var i = Math.Max(ia, ib);
        for (var k = i; k < denier.Tokens.Length; k++)
        {
            if (denier.Cues[k] != Cue.Refutation || !ConflictLexicon.IsFalsity(Slice(denier, CueSpan(denier, k)).ToLowerInvariant())) continue;
            i = k;
            break;
        }
        var spanDenial = CueSpan(denier, i);
        var spanOther = new Claims.TextRange(other.Offset, other.Offset + other.Text.Length);
        var description = $"\"{Slice(denier, spanDenial)}\" (denial) against the other report";
        found.Add(denierIsFirst
            ? new ConflictEvidence(DiscrepancyType.Denial, spanDenial, spanOther, description)
            : new ConflictEvidence(DiscrepancyType.Denial, spanOther, spanDenial, description));
    }

    /// <summary>How many words after a hedge the hedged word may stand ("may soon close", "is expected to fall").</summary>
    private const int HedgeReach = 3;

    /// <summary>
    /// One text hedges or predicts what the other asserts: a modal hedge (<see cref="ConflictLexicon.ModalHedges"/>: "may",
    /// "reportedly", "is expected to") whose first informative word after it, within <see cref="HedgeReach"/> words, the
    /// other text carries with no hedge of its own, neither side negating it ("the plant may close next year" / "the plant
    /// will close next year"). A question asserts nothing.
    /// </summary>
    internal static void Modality(TextAnalysis a, TextAnalysis b, List<ConflictEvidence> found)
    {
        if (Hedged(a, b) is var (hedge, word, plain))
        {
            var (sa, sb) = (a.Span(hedge, word), b.Span(plain));
            found.Add(new ConflictEvidence(DiscrepancyType.Modality, sa, sb, $"\"{Slice(a, sa)}\" (hedged) vs \"{Slice(b, sb)}\" (asserted)"));
        }
        else if (Hedged(b, a) is var (hedgeB, wordB, plainA))
        {
            var (sa, sb) = (a.Span(plainA), b.Span(hedgeB, wordB));
            found.Add(new ConflictEvidence(DiscrepancyType.Modality, sa, sb, $"\"{Slice(a, sa)}\" (asserted) vs \"{Slice(b, sb)}\" (hedged)"));
        }
    }

    /// <returns>The hedge and the hedged word in <paramref name="hedging"/>, and the same word in <paramref name="plain"/>; null when there is none.</returns>
    private static (int Hedge, int Word, int Plain)? Hedged(TextAnalysis hedging, TextAnalysis plain)
    {
        if (plain.FirstOf(Cue.Hedge) >= 0 || plain.Text.TrimEnd().EndsWith('?')) return null;
        for (var k = 0; k < hedging.Tokens.Length; k++)
        {
            // "May" inside a sentence is the month.
            var surface = hedging.Surface(k);
            if (!ConflictLexicon.ModalHedges.Contains(surface.ToLowerInvariant()) || surface == "May" && k > 0) continue;
            for (var m = k + 1; m < hedging.Tokens.Length && m <= k + HedgeReach; m++)
            {
                var term = hedging.Tokens[m].Term;
                if (hedging.Cues[m] != Cue.None || !hedging.Terms.Contains(term)) continue;
                var j = Array.FindIndex(plain.Tokens, t => t.Term == term);
                if (j >= 0 && !IsNegated(hedging, m) && !IsNegated(plain, j)) return (k, m, j);
                break;
            }
        }
        return null;
    }

    internal static void Entity(TextAnalysis a, TextAnalysis b, List<ConflictEvidence> found)
    {
        if (a.Names.Count == 0 || b.Names.Count == 0) return;
        // A substitution needs a shared name or shared wording to anchor it; otherwise the texts are just about different things.
        var missingA = a.Names.Where(kv => !b.Terms.Contains(kv.Key)).OrderBy(kv => kv.Value).ToList();
        var missingB = b.Names.Where(kv => !a.Terms.Contains(kv.Key)).OrderBy(kv => kv.Value).ToList();
        if (missingA.Count == 0 || missingB.Count == 0 || missingA.Count == a.Names.Count && a.Terms.Intersect(b.Terms).Count() < 2) return;
        var (sa, sb) = (a.Span(missingA[0].Value), b.Span(missingB[0].Value));
        found.Add(new ConflictEvidence(DiscrepancyType.Entity, sa, sb, $"\"{Slice(a, sa)}\" vs \"{Slice(b, sb)}\" (different names)"));
    }

    /// <summary>How many tokens on each side of a figure or date make its context.</summary>
    private const int ContextWindow = 6;

    /// <summary>
    /// Whether a figure or date in each text (tokens <paramref name="a1"/>–<paramref name="a2"/> and
    /// <paramref name="b1"/>–<paramref name="b2"/>) has an informative word in common nearby, so that both plausibly
    /// describe the same event ("the ban took effect on 6 January" / "the ban has applied since 8 January").
    /// </summary>
    private static bool SameContext(TextAnalysis a, int a1, int a2, TextAnalysis b, int b1, int b2) => SharedContext(a, a1, a2, b, b1, b2).Words > 0;

    /// <summary>
    /// How many informative words stand near both spans. <c>Words</c> leaves out other figures ("in 2012") and names, a
    /// name in either text counting, since a name that opens a sentence is not known as one: "Japan" near a 2025 remark
    /// and near a 2026 ban does not make them one event. <c>WithNames</c> counts the names too ("Macaulay Culkin found
    /// dead" / "Macaulay Culkin is not dead").
    /// </summary>
    private static (int Words, int WithNames) SharedContext(TextAnalysis a, int a1, int a2, TextAnalysis b, int b1, int b2)
    {
        var around = Context(a, a1, a2);
        var (words, names) = (0, 0);
        foreach (var term in Context(b, b1, b2))
        {
            if (!around.Contains(term)) continue;
            if (IsName(a, term) || IsName(b, term)) names++;
            else words++;
        }
        return (words, words + names);
    }

    /// <summary>
    /// How many informative words stand near both <paramref name="spanA"/> of <paramref name="a"/> and
    /// <paramref name="spanB"/> of <paramref name="b"/> (offsets into each text), without and with names:
    /// whether two figures, dates, opposites or a negated word and its affirmed twin are about the same thing.
    /// </summary>
    public static (int Words, int WithNames) SharedContextWords(string a, Claims.TextRange spanA, string b, Claims.TextRange spanB)
    {
        var (pa, ia, pb, ib) = Locate(a, spanA, b, spanB);
        return ia.First >= 0 && ib.First >= 0 ? SharedContext(pa, ia.First, ia.Last, pb, ib.First, ib.Last) : (0, 0);
    }

    /// <summary>
    /// Whether a figure or date at <paramref name="spanA"/> of <paramref name="a"/> and one at <paramref name="spanB"/> of
    /// <paramref name="b"/> are marked as different things: names near each and none near both ("Amazon had 2.6 percent
    /// of traffic" / "Netflix accounts for 32.39 percent of traffic"), or years more than one apart, their own or near
    /// them ("in 2013: 54 bodies found" / "30 bodies were found in 2014"; "pleaded guilty on Dec. 7, 2004" / "pleaded not
    /// guilty on January 5, 2015").
    /// </summary>
    public static bool AreDifferentThings(string a, Claims.TextRange spanA, string b, Claims.TextRange spanB)
    {
        var (pa, ia, pb, ib) = Locate(a, spanA, b, spanB);
        if (ia.First < 0 || ib.First < 0) return false;
        var (namesA, namesB) = (NamesNear(pa, ia.First, ia.Last), NamesNear(pb, ib.First, ib.Last));
        if (namesA.Count > 0 && namesB.Count > 0 && !namesA.Overlaps(namesB)) return true;
        var (yearsA, yearsB) = (YearsNear(pa, ia.First, ia.Last), YearsNear(pb, ib.First, ib.Last));
        return yearsA.Count > 0 && yearsB.Count > 0 && !yearsA.Any(x => yearsB.Any(y => Math.Abs(x - y) <= 1));
    }

    /// <summary>
    /// Whether figures at <paramref name="spanA"/> and <paramref name="spanB"/> are in different currencies ("$7 million"
    /// / "1 million pesos"), which no wording makes comparable.
    /// </summary>
    public static bool InDifferentCurrencies(string a, Claims.TextRange spanA, string b, Claims.TextRange spanB)
    {
        var (pa, ia, pb, ib) = Locate(a, spanA, b, spanB);
        return ia.First >= 0 && ib.First >= 0 && CurrencyOf(pa, ia.First, ia.Last) is { } ca && CurrencyOf(pb, ib.First, ib.Last) is { } cb && ca != cb;
    }

    private static HashSet<string> NamesNear(TextAnalysis p, int first, int last)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var k = Math.Max(0, first - ContextWindow); k <= Math.Min(p.Tokens.Length - 1, last + ContextWindow); k++)
            if ((k < first || k > last) && IsName(p, p.Tokens[k].Term)) names.Add(p.Tokens[k].Term);
        return names;
    }

    /// <summary>The years written within the figure or date, or near it.</summary>
    private static List<int> YearsNear(TextAnalysis p, int first, int last)
        => [.. p.Dates.Where(d => d.Year > 0 && d.LastToken >= first - ContextWindow && d.FirstToken <= last + ContextWindow).Select(d => d.Year)];

    /// <summary>Currency words and symbols, by what they name.</summary>
    private static readonly Dictionary<string, string> Currencies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["$"] = "dollar", ["usd"] = "dollar", ["dollar"] = "dollar", ["dollars"] = "dollar",
        ["£"] = "pound", ["gbp"] = "pound", ["€"] = "euro", ["eur"] = "euro", ["euro"] = "euro", ["euros"] = "euro",
        ["¥"] = "yen or yuan", ["rmb"] = "yuan", ["yuan"] = "yuan", ["yen"] = "yen", ["peso"] = "peso", ["pesos"] = "peso",
        ["rupee"] = "rupee", ["rupees"] = "rupee", ["rouble"] = "rouble", ["roubles"] = "rouble", ["ruble"] = "rouble", ["rubles"] = "rouble",
    };

    /// <summary>
    /// The currency of a figure: a symbol written against it ("US$11,200", "£7,400"), a currency word before it ("RMB
    /// 70,000") or after it and its scale ("1 million pesos", "1m peso"); null when none.
    /// </summary>
    private static string? CurrencyOf(TextAnalysis p, int first, int last)
    {
        var start = p.Tokens[first].Start;
        for (var k = start - 1; k >= 0 && k >= start - 3 && !char.IsWhiteSpace(p.Text[k]); k--)
            if (Currencies.TryGetValue(p.Text[k].ToString(), out var symbol)) return symbol;
        if (first > 0 && Currencies.TryGetValue(p.Surface(first - 1), out var before)) return before;
        for (var k = last + 1; k < p.Tokens.Length && k <= last + 2; k++)
        {
            var word = p.Surface(k);
            if (Currencies.TryGetValue(word, out var after)) return after;
            if (word.ToLowerInvariant() is not ("m" or "bn" or "million" or "billion" or "thousand" or "trillion")) break;
        }
        return null;
    }

    /// <summary>
    /// How many informative words (no cue words, no figures) the two texts share, without and with names (a name in either):
    /// whether a denial in one is about what the other says ("a fake story claiming Culkin was found dead" / "Culkin found
    /// dead at 34" share "found" and "dead"; "the denials were circulated … al-Baghdadi" / "ISIS is led by Abu Bakr
    /// al-Baghdadi" share only the name).
    /// </summary>
    public static (int Words, int WithNames) SharedWords(string a, string b)
    {
        var (pa, pb) = (Profile(a), Profile(b));
        var (words, names) = (0, 0);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < pa.Tokens.Length; k++)
        {
            var term = pa.Tokens[k].Term;
            if (pa.Cues[k] != Cue.None || char.IsDigit(term[0]) || !pa.Terms.Contains(term) || !pb.Terms.Contains(term) || !seen.Add(term)) continue;
            if (IsName(pa, term) || IsName(pb, term)) names++;
            else words++;
        }
        return (words, words + names);
    }

    /// <summary>
    /// Whether <paramref name="term"/> is a name in <paramref name="p"/>: capitalised inside a sentence, in a text not
    /// written in title case ("Stainless Steel Apple Watch Will Cost 500" capitalises every word).
    /// </summary>
    private static bool IsName(TextAnalysis p, string term) => p.Names.ContainsKey(term) && !IsTitleCase(p);

    /// <summary>
    /// Whether three in four or more of the informative words of <paramref name="p"/> (four at least) are capitalised, or
    /// all three of a short one, as in a headline ("3-Boobed Woman a Fake": its words are not names; on Emergent's unseen
    /// rumours, 3 more denials found and no false one). Two capitalised words are more often a name ("Christian Bale").
    /// </summary>
    private static bool IsTitleCase(TextAnalysis p)
    {
        int words = 0, capitalised = 0;
        for (var k = 0; k < p.Tokens.Length; k++)
        {
            if (!p.Terms.Contains(p.Tokens[k].Term) || !char.IsLetter(p.Text[p.Tokens[k].Start])) continue;
            words++;
            if (char.IsUpper(p.Text[p.Tokens[k].Start])) capitalised++;
        }
        return words >= 4 ? capitalised * 4 >= words * 3 : words == 3 && capitalised == 3;
    }

    /// <summary>
    /// Whether <paramref name="text"/> refutes something other than the words at <paramref name="span"/> ("a story
    /// claiming he was found dead is a fake hoax"): an opposite it carries is what it reports as false. A refutation
    /// word up to <paramref name="allowedBefore"/> words before the span is taken as part of it ("Rumors Not True").
    /// </summary>
    public static bool RefutesElsewhere(string text, Claims.TextRange span, int allowedBefore = 0)
    {
        var p = Profile(text);
        var (first, _) = TokensIn(p, span);
        for (var k = 0; k < p.Tokens.Length; k++)
            if (p.Cues[k] == Cue.Refutation && (p.Tokens[k].End <= span.Start || p.Tokens[k].Start >= span.End)
                && !(first >= 0 && k < first && k >= first - allowedBefore)) return true;
        return false;
    }

    /// <summary>
    /// Whether the affirmed side of a negation conflict is no plain affirmation: a name ("not Abu Bakr's wife" against
    /// "Abu Bakr"), or a word negated too, by a negation up to three words before it ("doesn't know" against "doesn't
    /// know"; "could not stop" against "was unable to stop"), which the count of negations per text misses when one
    /// text negates something else as well.
    /// </summary>
    public static bool IsNoAffirmation(string text, Claims.TextRange span)
    {
        var p = Profile(text);
        var (first, _) = TokensIn(p, span);
        if (first < 0 || p.Cues[first] == Cue.Negation) return false;
        return IsName(first) || IsNegated(p, first);

        // Capitalised inside the sentence, or at its start as the first word of a longer name ("Boko Haram want …"),
        // unless the text is in title case ("Argentina's President Adopts Boy").
        bool IsName(int k) => char.IsUpper(p.Surface(k)[0]) && (k > 0 || k + 1 < p.Tokens.Length && char.IsUpper(p.Surface(k + 1)[0])) && !IsTitleCase(p);
    }

    /// <summary>
    /// Whether the word at <paramref name="span"/> is negated by a negation up to three words before it ("not dead",
    /// "unable to stop", "declined to comment", "instead of arbitrators") or a negating object right after it ("knew nothing"): an opposite negated on one side only
    /// ("is not dead" / "is alive") agrees rather than conflicts.
    /// </summary>
    public static bool IsNegated(string text, Claims.TextRange span)
    {
        var p = Profile(text);
        var (first, _) = TokensIn(p, span);
        return first >= 0 && IsNegated(p, first);
    }

    private static bool IsNegated(TextAnalysis p, int index)
    {
        for (var k = Math.Max(0, index - 3); k < index; k++)
        {
            var word = p.Surface(k).ToLowerInvariant();
            if (p.Cues[k] == Cue.Negation || word is "unable" or "fail" or "failed" or "fails" or "failing"
                || word is "declined" or "declines" or "decline" or "refused" or "refuses" or "refuse") return true;
            // "judges instead of arbitrators", "judges rather than arbitrators".
            if (k + 1 < index && (word, p.Surface(k + 1).ToLowerInvariant()) is ("instead", "of") or ("rather", "than")) return true;
        }
        // A negating object right after the word: "knew nothing", "found none".
        return index + 1 < p.Tokens.Length && p.Surface(index + 1).ToLowerInvariant() is "nothing" or "none" or "nobody" or "noone";
    }

    /// <summary>
    /// Whether a figure at <paramref name="span"/> is a difference ("21 grams more than …", "3% lower", "an additional 14
    /// officers", "another 20 bodies", "by a majority of nine votes", "a margin of 3 points"), not an amount.
    /// </summary>
    public static bool IsDifference(string text, Claims.TextRange span)
    {
        var p = Profile(text);
        var (first, last) = TokensIn(p, span);
        if (first < 0) return false;
        if (first > 0 && p.Surface(first - 1).ToLowerInvariant() is "additional" or "another" or "extra" or "further")
            return true;
        if (first > 1 && p.Surface(first - 1).Equals("of", StringComparison.OrdinalIgnoreCase)
            && p.Surface(first - 2).ToLowerInvariant() is "majority" or "margin" or "lead")
            return true;
        for (var k = last + 1; k < p.Tokens.Length && k <= last + 3; k++)
            if (p.Surface(k).ToLowerInvariant() is "more" or "less" or "fewer" or "higher" or "lower" or "bigger" or "smaller" or "heavier" or "lighter" or "longer" or "shorter")
                return true;
        return false;
    }

    /// <summary>
    /// Whether a figure at <paramref name="span"/> names which thing rather than how much: a number joined by a hyphen to
    /// a size unit ("a 12-inch MacBook", "the 13-inch model", "the 64-GB version") tells models of a product apart. A
    /// "19-year-old woman" or "a 50-foot crab" is an amount.
    /// </summary>
    public static bool IsDesignation(string text, Claims.TextRange span)
    {
        if (span.End + 1 >= text.Length || text[span.End] != '-' || !char.IsLetter(text[span.End + 1])) return false;
        var unit = new string([.. text.Skip(span.End + 1).TakeWhile(char.IsLetter)]).ToLowerInvariant();
        return unit is "inch" or "in" or "gb" or "tb" or "mb" or "mm" or "megapixel" or "core" or "bit" or "speed" or "door" or "seat" or "seater";
    }

    /// <summary>Whether a figure at <paramref name="span"/> is one side of a written fraction ("6 1/2 feet"), not an amount.</summary>
    public static bool IsFractionPart(string text, Claims.TextRange span)
        => (span.Start > 0 && text[span.Start - 1] == '/') || (span.End < text.Length && text[span.End] == '/');

    private static TextAnalysis Profile(string text) => TextAnalysis.Of(text);

    /// <summary>Both texts profiled, with the first and last token of each span (-1 when a span covers no token).</summary>
    private static (TextAnalysis A, (int First, int Last) InA, TextAnalysis B, (int First, int Last) InB) Locate(string a, Claims.TextRange spanA, string b, Claims.TextRange spanB)
    {
        var (pa, pb) = (Profile(a), Profile(b));
        return (pa, TokensIn(pa, spanA), pb, TokensIn(pb, spanB));
    }

    private static (int First, int Last) TokensIn(TextAnalysis p, Claims.TextRange span)
    {
        int first = -1, last = -1;
        for (var k = 0; k < p.Tokens.Length; k++)
        {
            if (p.Tokens[k].End <= span.Start || p.Tokens[k].Start >= span.End) continue;
            if (first < 0) first = k;
            last = k;
        }
        return (first, last);
    }

    private static HashSet<string> Context(TextAnalysis p, int first, int last)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        for (var k = Math.Max(0, first - ContextWindow); k <= Math.Min(p.Tokens.Length - 1, last + ContextWindow); k++)
            if ((k < first || k > last) && p.Cues[k] == Cue.None && p.Terms.Contains(p.Tokens[k].Term) && !char.IsDigit(p.Tokens[k].Term[0]))
                terms.Add(p.Tokens[k].Term);
        return terms;
    }

    private static int NextTerm(TextAnalysis p, int from)
    {
        for (var k = from + 1; k < p.Tokens.Length && k <= from + 4; k++)
            if (p.Cues[k] == Cue.None && p.Terms.Contains(p.Tokens[k].Term)) return k;
        return -1;
    }

    /// <summary>A cue's span, covering the second word of a two-word cue ("limited to", "not true").</summary>
    private static Claims.TextRange CueSpan(TextAnalysis p, int i)
        => i + 1 < p.Tokens.Length && ConflictLexicon.Phrases.ContainsKey((p.Tokens[i].Term, p.Tokens[i + 1].Term)) ? p.Span(i, i + 1) : p.Span(i);

    private static string Slice(TextAnalysis p, Claims.TextRange range)
    {
        var s = p.Text.Substring(range.Start - p.Offset, range.Length);
        return s.Length <= 60 ? s : s[..57] + "...";
    }
}

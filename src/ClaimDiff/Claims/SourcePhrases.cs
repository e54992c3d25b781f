using ClaimDiff.Text;

namespace ClaimDiff.Claims;

/// <summary>Finds the noun phrases that name a source: the subject of a reporting verb, a name, a description, a pronoun.</summary>
internal static class SourcePhrases
{
    private static readonly string[] Connectors = ["of", "for", "and", "de", "on"];
    private static readonly string[] AppositiveMarkers = ["like", "as", "including"];

    /// <summary>The noun phrase that a reporting verb at <paramref name="cue"/> credits, as word indices, or null.</summary>
    public static (int First, int Last)? Before(List<Word> words, int cue, SourceContext context)
    {
        var j = cue - 1;
        while (j >= 0 && Lexicon.Auxiliaries.Contains(words[j].Text))
        {
            // "it was announced": a passive verb names no speaker.
            if (Lexicon.PassiveAuxiliaries.Contains(words[j].Text))
                return null;
            j--;
        }
        // "Pocketa on Monday rejected …": a time between the source and its verb.
        if (j > 1 && words[j - 1].Text is "on" or "On" && Lexicon.Weekdays.Contains(words[j].Text))
            j -= 2;
        var participle = words[cue].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        if (j >= 0 && words[j].Text == ",")
        {
            // ", indicating that…" after an appositive ("sources, like The Journal, indicating") credits the named
            // outlet; after a main clause ("China banned…, claiming…") it credits the sentence's subject.
            var named = ProperNounBefore(words, j - 1);
            if (named is { } n && n.First > 0 && AppositiveMarkers.Contains(words[n.First - 1].Text, StringComparer.OrdinalIgnoreCase))
                return n;
            if (Apposition(words, j, context) is { } a)
                return a;
            return participle ? SentenceSubject(words, context) : null;
        }
        if (j < 0)
            return null;
        // "The director apologised to passengers and said …": the subject of the first of two joined verbs.
        if (words[j].Text == "and" && !participle)
            return SubjectOfFirstVerb(words, j, context);
        if ((ProperNounBefore(words, j) is { } proper ? Extend(words, proper) : CommonSourceBefore(words, j, context) ?? QualifiedHead(words, j, context)) is not { } span)
            return null;
        if (span.First == 0)
            return span;
        var before = words[span.First - 1].Text;
        // "Quillon Systems, a firm based in Aldmere": a description set off after a name, before a verb that is none of
        // the listed verbs of speech, is an apposition, no subject ("…, a spokesperson said" is a frame).
        if (before == "," && words[span.First].Text.ToLowerInvariant() is "a" or "an" && !Lexicon.CueVerbs.Contains(words[cue].Text))
            return null;
        // "A spokeswoman for the service declined …": the source noun the phrase qualifies.
        if (Lexicon.SourcePrepositions.Contains(before) && span.First > 1 && CommonSourceBefore(words, span.First - 2, context) is { } head && !Lexicon.Pronouns.Contains(words[head.Last].Text))
            return (head.First, span.Last);
        // "Exports of graphite to Japan halved": a name after a preposition is no subject; nor is one in a clause that
        // only sets the scene ("…, after councillors approved the budget").
        return IsPreposition(before) || Subordinators.Contains(before) ? null : span;
    }

    /// <summary>
    /// "The federation's survey of 420 farms found …": a source or document noun qualified by a short prepositional
    /// phrase that ends at <paramref name="last"/>; the phrase is the noun's.
    /// </summary>
    private static (int First, int Last)? QualifiedHead(List<Word> words, int last, SourceContext context)
    {
        for (var p = last - 1; p > 0 && p >= last - 5; p--)
        {
            if (!words[p].IsWord || Lexicon.CueVerbs.Contains(words[p].Text) || Lexicon.Auxiliaries.Contains(words[p].Text))
                return null;
            if (words[p].Text is not ("of" or "from" or "in" or "at" or "into" or "on"))
                continue;
            var head = words[p - 1].Text;
            return IsAgent(head, context) || Lexicon.DocumentNouns.Contains(head) ? CommonSourceBefore(words, p - 1, context) ?? (p - 1, p - 1) : null;
        }
        return null;
    }

    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase) { "after", "before", "when", "while", "because", "since", "as", "if", "although", "though", "until", "once", "unless", "whether" };

    private static bool IsPreposition(string word) => word is "to" or "of" or "in" or "at" or "on" or "for" or "from" or "with" or "by" or "into" or "over" or "against" or "about";

    /// <summary>
    /// "Li Wei, a spokesman for the ministry, said", "Its regional organiser, Paul Ebdon, said", "Idris Fenn, 34, said":
    /// the speaker around an apposition set off by commas.
    /// </summary>
    private static (int First, int Last)? Apposition(List<Word> words, int closingComma, SourceContext context)
    {
        for (var open = closingComma - 2; open > 0 && open >= closingComma - 20; open--)
        {
            if (words[open].Text != ",")
                continue;
            // A name set off after a description is the speaker the description introduces.
            if (ProperNounBefore(words, closingComma - 1) is { } name && name.First == open + 1)
                return name;
            var opener = words[open + 1].Text;
            if (opener.ToLowerInvariant() is not ("a" or "an" or "the" or "who" or "which" or "of" or "from" or "at") && !Lexicon.PersonTitles.Contains(opener) && !opener.All(char.IsDigit))
                return null;
            // "The company, which is based in Lindenport, said …": a nameless source before the apposition.
            return ProperNounBefore(words, open - 1) is { } proper ? Extend(words, proper) : open > 1 ? CommonSourceBefore(words, open - 1, context) : null;
        }
        return null;
    }

    /// <summary>The subject of the first inflected verb before <paramref name="and"/>: "X apologised … and said".</summary>
    private static (int First, int Last)? SubjectOfFirstVerb(List<Word> words, int and, SourceContext context)
    {
        for (var v = 1; v < and; v++)
        {
            var lower = words[v].Text.ToLowerInvariant();
            if (!words[v].IsWord || words[v].IsCapitalised || !lower.EndsWith("ed", StringComparison.Ordinal))
                continue;
            var (category, lemma) = WordNetLexicon.Default.Reading(lower, PartOfSpeech.Verb);
            if (category >= 0 && lemma != lower)
                return words[v - 1].Text == "and" ? null : Before(words, v, context);
        }
        return null;
    }

    /// <summary>
    /// Widens a name to the phrase it heads or qualifies: "the spokeswoman Hua Lin", "economists at Nomura",
    /// "a spokesperson for the Chinese embassy in Tokyo", "the Japan Business Federation".
    /// </summary>
    private static (int First, int Last) Extend(List<Word> words, (int First, int Last) span)
    {
        var first = span.First;
        while (first > 0 && span.Last - first < 12)
        {
            var previous = words[first - 1];
            if (IsSourceWord(previous) && !IsSentenceOpener(words, first - 1))
                first--;
            else if (first > 1 && Lexicon.SourcePrepositions.Contains(previous.Text) && (IsSourceNoun(words[first - 2]) || words[first - 2].IsCapitalised && words[first - 2].IsWord))
                first -= 2;
            else
                break;
        }
        return (first, span.Last);

        static bool IsSourceNoun(Word w) => Lexicon.SourceNouns.Contains(w.Text);
        static bool IsSourceWord(Word w) => IsSourceNoun(w) || Lexicon.SourceQualifiers.Contains(w.Text) || (w.IsWord && w.IsCapitalised && !Lexicon.NotNames.Contains(w.Text)) || w.Text is "The" or "A" or "An";
    }

    /// <summary>A run of capitalised words ending at <paramref name="last"/>, joined by "of", "for", "and" ("Beijing's Ministry of Commerce").</summary>
    public static (int First, int Last)? ProperNounBefore(List<Word> words, int last)
    {
        if (last < 0 || !words[last].IsCapitalised || !words[last].IsWord)
            return null;
        var first = last;
        while (first > 0)
        {
            var previous = words[first - 1];
            if (previous.IsWord && previous.IsCapitalised && !IsSentenceOpener(words, first - 1))
                first--;
            else if (first > 1 && Connectors.Contains(previous.Text) && words[first - 2].IsCapitalised && words[first - 2].IsWord)
                first -= 2;
            else
                break;
        }
        // A common word opening the sentence (or its quotation) is no name: "Analysts", but not "Nobody".
        if (first == last && words.Take(first).All(w => w.Text is "\"" or "\u201C") && Lexicon.NotNames.Contains(words[first].Text) && !Lexicon.SourceNouns.Contains(words[first].Text))
            return null;
        return (first, last);
    }

    private static bool IsSentenceOpener(List<Word> words, int index) => index == 0 && Lexicon.NotNames.Contains(words[0].Text) && words[0].Text is not ("The" or "A" or "An");

    /// <summary>A nameless source ending at <paramref name="last"/>: "the ministry", "some analysts", "China's commerce ministry", "she".</summary>
    private static (int First, int Last)? CommonSourceBefore(List<Word> words, int last, SourceContext context)
    {
        var head = words[last].Text;
        if (Lexicon.Pronouns.Contains(head))
            return (last, last);
        if (!IsAgent(head, context))
            return FamiliarWithTheMatter(words, last);
        var first = last;
        var modifiers = 0;
        while (first > 0 && modifiers < 3)
        {
            var previous = words[first - 1];
            if (!previous.IsWord || Lexicon.CueVerbs.Contains(previous.Text) || Lexicon.Auxiliaries.Contains(previous.Text)
                || IsPreposition(previous.Text) || Subordinators.Contains(previous.Text))
                break;
            if (Lexicon.SourceQualifiers.Contains(previous.Text) || previous.IsCapitalised || previous.Text.EndsWith("'s", StringComparison.Ordinal) || modifiers == 0)
            {
                first--;
                modifiers++;
                continue;
            }
            break;
        }
        return (first, last);
    }

    /// <summary>
    /// Whether a common noun can name who says something: a source noun ("officials"), a person or group by WordNet's
    /// most frequent sense ("the authors", "the bureau", "the team"), or the head of a name the article gave before
    /// ("the service" after "Harnmoor Ambulance Service").
    /// </summary>
    public static bool IsAgent(string noun, SourceContext context)
    {
        if (Lexicon.SourceNouns.Contains(noun) || SourceContext.RefersToKind(noun) || context.HasNameWith(noun))
            return true;
        if (!noun.All(char.IsLetter) || !char.IsLower(noun[0]))
            return false;
        var (category, _) = WordNetLexicon.Default.Reading(noun, PartOfSpeech.Noun);
        return category is WordNetLexicon.NounPerson or WordNetLexicon.NounGroup;
    }

    /// <summary>"people familiar with the matter said", "sources close to the negotiations said".</summary>
    private static (int First, int Last)? FamiliarWithTheMatter(List<Word> words, int last)
    {
        for (var i = last - 1; i >= Math.Max(0, last - 6); i--)
        {
            if (words[i].Text is "familiar" or "close" or "knowledge" or "briefed" && i > 0 && Lexicon.SourceNouns.Contains(words[i - 1].Text))
                return (i - 1, last);
        }
        return null;
    }

    /// <summary>The noun phrase that opens the sentence, after introductory words ("However, China …" → "China").</summary>
    private static (int First, int Last)? SentenceSubject(List<Word> words, SourceContext context)
    {
        var i = 0;
        if (words.Count > 1 && Lexicon.NotNames.Contains(words[0].Text) && words[1].Text == ",")
            i = 2;
        var end = i;
        while (end < words.Count && words[end].IsWord && (words[end].IsCapitalised || Connectors.Contains(words[end].Text) || end == i))
            end++;
        if (end <= i || !words[i].IsCapitalised)
            return null;
        // "The ministry cut the tariff, saying …": a determiner alone is no subject; the noun it opens is.
        if (end - i == 1 && Lexicon.NotNames.Contains(words[i].Text))
        {
            for (var last = i + 1; last < Math.Min(words.Count, i + 4) && words[last].IsWord; last++)
                if (IsAgent(words[last].Text, context))
                    return (i, last);
            return null;
        }
        return (i, end - 1);
    }

    /// <summary>Runs of capitalised words that are names, as written (sentence openers such as "However" excluded).</summary>
    public static IEnumerable<string> CapitalisedRuns(string text, List<Word> words)
    {
        var i = 0;
        while (i < words.Count)
        {
            if (!words[i].IsWord || !words[i].IsCapitalised || Lexicon.NotNames.Contains(words[i].Text))
            {
                i++;
                continue;
            }
            var first = i;
            var last = i;
            while (last + 1 < words.Count)
            {
                if (words[last + 1].IsWord && words[last + 1].IsCapitalised && !Lexicon.NotNames.Contains(words[last + 1].Text))
                    last++;
                else if (last + 2 < words.Count && Connectors.Contains(words[last + 1].Text) && words[last + 2].IsCapitalised && !Lexicon.NotNames.Contains(words[last + 2].Text))
                    last += 2;
                else
                    break;
            }
            i = last + 1;
            // "Customers who …", "Shares in …": a lone capitalised common word opening the sentence is no name.
            if (first == last && words.Take(first).All(w => w.Text is "\"" or "\u201C") && IsCommonWord(words[first].Text))
                continue;
            var run = text[words[first].Start..words[last].End];
            yield return SourceContext.PossessorOf(run) ?? run;
        }
    }

    /// <summary>Whether a capitalised word is an everyday word written in capitals (WordNet knows it), not a country or capital.</summary>
    private static bool IsCommonWord(string word)
    {
        var lower = word.ToLowerInvariant();
        return !Lexicon.Countries.Contains(lower) && WordNetLexicon.Default.Knows(lower);
    }
}

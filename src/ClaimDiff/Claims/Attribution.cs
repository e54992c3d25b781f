using System.Text.RegularExpressions;

namespace ClaimDiff.Claims;

/// <summary>Who a sentence credits its content to, and where that content lies in the sentence.</summary>
internal sealed partial record Attribution(string Source, SourceKind Kind, string Cue, int ContentStart, int ContentEnd)
{
    private static readonly string[] Connectors = ["of", "for", "and", "de", "on"];
    private static readonly string[] AppositiveMarkers = ["like", "as", "including"];

    /// <summary>Finds the attribution of a sentence, or <see langword="null"/> when it credits no source.</summary>
    public static Attribution? Find(string text, List<Word> words, SourceContext context)
        => AccordingTo(text, words, context) ?? CueVerb(text, words, context);

    /// <summary>"According to X, content." and "Content, according to X."</summary>
    private static Attribution? AccordingTo(string text, List<Word> words, SourceContext context)
    {
        var m = AccordingToPattern().Match(text);
        if (!m.Success)
            return null;
        var after = words.FindIndex(w => w.Start >= m.Index + m.Length);
        if (after < 0)
            return null;
        var end = after;
        while (end < words.Count && words[end].Text is not ("," or "." or ";" or ":"))
            end++;
        if (end == after)
            return null;
        var source = text[words[after].Start..words[end - 1].End];
        var (resolved, kind) = context.Resolve(source);
        // Content is whichever side of the "according to X" phrase carries the statement.
        var phraseEnd = end < words.Count ? words[end].End : text.Length;
        var before = m.Index;
        return before > 10
            ? new Attribution(resolved, kind, "according to", 0, before)
            : new Attribution(resolved, kind, "according to", phraseEnd, text.Length);
    }

    /// <summary>"X said (that) content", "X, indicating that content", "content, X said", "content, said X".</summary>
    private static Attribution? CueVerb(string text, List<Word> words, SourceContext context)
    {
        for (var k = 0; k < words.Count; k++)
        {
            if (!Lexicon.CueVerbs.Contains(words[k].Text))
                continue;
            // "reports said": a cue word that is also a source noun, followed by a cue verb, is that verb's subject.
            if (k + 1 < words.Count && Lexicon.SourceNouns.Contains(words[k].Text) && Lexicon.CueVerbs.Contains(words[k + 1].Text))
                continue;
            var span = SourceBefore(words, k);
            // "ruled out" is one cue, a denial; the particle is no part of the content.
            var phrasal = Lexicon.PhrasalCues.Contains(words[k].Text) && k + 1 < words.Count && words[k + 1].Text.Equals("out", StringComparison.OrdinalIgnoreCase);
            var cue = phrasal ? words[k].Text.ToLowerInvariant() + " out" : words[k].Text.ToLowerInvariant();
            if (span is { } s)
            {
                var (resolved, kind) = context.Resolve(text[words[s.First].Start..words[s.Last].End]);
                var contentStart = ContentAfterCue(words, phrasal ? k + 1 : k);
                var trailing = words.Count - k - 1;
                // "Content, the minister said (on Tuesday)." or "\"Quote,\" she said." — the statement precedes its frame.
                var frame = s.First;
                while (frame > 0 && words[frame - 1].Text is "," or "\"" or "\u201D")
                    frame--;
                // A frame followed by a comma ("…, the newspaper said, citing people familiar with the matter", "…, the
                // company said on Monday evening, far more than …") also ends the statement.
                if (frame < s.First && frame > 0 && (trailing <= 4 || words[AfterAdjuncts(words, k)].Text is "," or "as" or "while" or "when" or "adding" or "citing"))
                    return new Attribution(resolved, kind, cue, 0, words[frame].Start);
                // A denial keeps its verb ("denied that any contracts were cancelled"): its content is what the source says,
                // and set against a report it must still read as a denial.
                if (Lexicon.DenialCues.Contains(cue))
                    contentStart = words[k].Start;
                return new Attribution(resolved, kind, cue, contentStart, text.Length);
            }
            // "Content, said the ministry." and "\"Quote,\" said Li Wei, a researcher at …".
            var comma = k - 1;
            while (comma > 0 && words[comma].Text is "\"" or "\u201D")
                comma--;
            if (comma > 0 && words[comma].Text == "," && k + 1 < words.Count)
            {
                var last = words.Count - 1;
                while (last > k && !words[last].IsWord) last--;
                // A name set off by a comma from its apposition, or a short phrase that ends the sentence.
                var named = Enumerable.Range(k + 2, Math.Max(0, words.Count - k - 2)).FirstOrDefault(i => words[i].Text == ",");
                if (named > k + 1 && ProperNounBefore(words, named - 1) is { First: var first } && first == k + 1)
                    last = named - 1;
                else if (words.Count - k > 6)
                    last = k;
                if (last > k)
                {
                    var (resolved, kind) = context.Resolve(text[words[k + 1].Start..words[last].End]);
                    return new Attribution(resolved, kind, words[k].Text.ToLowerInvariant(), 0, words[comma].Start);
                }
            }
        }
        return null;
    }

    /// <summary>Where the content starts after a cue verb: past adjuncts such as "on Tuesday" or "reporters" up to a "that".</summary>
    private static int ContentAfterCue(List<Word> words, int cue)
    {
        for (var i = cue + 1; i < words.Count && i <= cue + 6; i++)
        {
            if (words[i].Text.Equals("that", StringComparison.OrdinalIgnoreCase))
                return words[i].End;
            if (!Lexicon.CueAdjuncts.Contains(words[i].Text) && words[i].Text != ",")
                break;
        }
        return words[cue].End;
    }

    /// <summary>
    /// The first word after a cue verb that is no time, setting or audience ("said on Monday evening, …" → the comma;
    /// "said on 26 February as it …" → "as"); the last word if none.
    /// </summary>
    private static int AfterAdjuncts(List<Word> words, int cue)
    {
        var i = cue + 1;
        while (i < words.Count - 1 && (Lexicon.CueAdjuncts.Contains(words[i].Text) || Lexicon.TimesOfDay.Contains(words[i].Text)
            || Lexicon.Months.Contains(words[i].Text) || words[i].Text.All(char.IsDigit)))
            i++;
        return Math.Min(i, words.Count - 1);
    }

    /// <summary>The noun phrase that a cue verb at <paramref name="cue"/> credits, as word indices, or null.</summary>
    private static (int First, int Last)? SourceBefore(List<Word> words, int cue)
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
            if (Apposition(words, j) is { } a)
                return a;
            return participle ? SentenceSubject(words) : null;
        }
        if (j < 0)
            return null;
        return ProperNounBefore(words, j) is { } proper ? Extend(words, proper) : CommonSourceBefore(words, j);
    }

    /// <summary>"Li Wei, a spokesman for the ministry, said": the name before an apposition set off by commas.</summary>
    private static (int First, int Last)? Apposition(List<Word> words, int closingComma)
    {
        for (var open = closingComma - 2; open > 0 && open >= closingComma - 12; open--)
        {
            if (words[open].Text != ",")
                continue;
            if (words[open + 1].Text.ToLowerInvariant() is not ("a" or "an" or "the" or "who" or "which") && !Lexicon.PersonTitles.Contains(words[open + 1].Text))
                return null;
            // "The company, which is based in Lindenport, said …": a nameless source before the apposition.
            return ProperNounBefore(words, open - 1) ?? (open > 1 ? CommonSourceBefore(words, open - 1) : null);
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
    private static (int First, int Last)? ProperNounBefore(List<Word> words, int last)
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
        if (first == last && first == 0 && Lexicon.NotNames.Contains(words[0].Text) && !Lexicon.SourceNouns.Contains(words[0].Text))
            return null;
        return (first, last);
    }

    private static bool IsSentenceOpener(List<Word> words, int index) => index == 0 && Lexicon.NotNames.Contains(words[0].Text) && words[0].Text is not ("The" or "A" or "An");

    /// <summary>A nameless source ending at <paramref name="last"/>: "the ministry", "some analysts", "China's commerce ministry", "she".</summary>
    private static (int First, int Last)? CommonSourceBefore(List<Word> words, int last)
    {
        var head = words[last].Text;
        if (Lexicon.Pronouns.Contains(head))
            return (last, last);
        if (!Lexicon.SourceNouns.Contains(head))
            return FamiliarWithTheMatter(words, last);
        var first = last;
        var modifiers = 0;
        while (first > 0 && modifiers < 3)
        {
            var previous = words[first - 1];
            if (!previous.IsWord || Lexicon.CueVerbs.Contains(previous.Text) || Lexicon.Auxiliaries.Contains(previous.Text))
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
    private static (int First, int Last)? SentenceSubject(List<Word> words)
    {
        var i = 0;
        if (words.Count > 1 && Lexicon.NotNames.Contains(words[0].Text) && words[1].Text == ",")
            i = 2;
        var end = i;
        while (end < words.Count && words[end].IsWord && (words[end].IsCapitalised || Connectors.Contains(words[end].Text) || end == i))
            end++;
        return end > i && words[i].IsCapitalised ? (i, end - 1) : null;
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
            if (run.EndsWith("'s", StringComparison.Ordinal) || run.EndsWith("\u2019s", StringComparison.Ordinal))
                run = run[..^2];
            yield return run;
        }
    }

    /// <summary>Whether a capitalised word is an everyday word written in capitals (WordNet knows it), not a country or capital.</summary>
    private static bool IsCommonWord(string word)
    {
        var lower = word.ToLowerInvariant();
        return !Lexicon.Countries.Contains(lower) && Text.WordNetLexicon.Default.Knows(lower);
    }

    [GeneratedRegex(@"\baccording to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AccordingToPattern();
}

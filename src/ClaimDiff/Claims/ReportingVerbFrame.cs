namespace ClaimDiff.Claims;

/// <summary>
/// The sieve for a reporting verb and its source: "X said (that) content", "X, indicating that content",
/// "content, X said", "\"Quote,\" she said", "content, said X" and "which the council described as …".
/// </summary>
internal static class ReportingVerbFrame
{
    public static Attribution? Find(string text, List<Word> words, SourceContext context)
    {
        var cues = new List<(int K, string Cue, int Last, (int First, int Last)? Source)>();
        for (var k = 0; k < words.Count; k++)
            if (ReportingVerbs.At(words, k) is var (cue, last))
                cues.Add((k, cue, last, SourcePhrases.Before(words, k, context)));
        // A frame that closes the sentence ("Tests had found ammonia …, the agency said.") governs all that precedes
        // it, whatever verb the content has; otherwise the first reporting verb with a source frames the sentence.
        for (var i = cues.Count - 1; i >= 0; i--)
        {
            var (k, cue, last, source) = cues[i];
            if (k > 0 && source is { } s && Closing(text, words, context, s, k, last, cue) is { } closing)
                return closing;
        }
        foreach (var (k, cue, last, source) in cues)
        {
            // "reports said": a cue word that is also a source noun, followed by a cue verb, is that verb's subject.
            if (k + 1 < words.Count && Lexicon.SourceNouns.Contains(words[k].Text) && Lexicon.CueVerbs.Contains(words[k + 1].Text))
                continue;
            // "an art historian who wrote a catalogue of …": a relative clause describes the source, it frames nothing.
            if (k > 0 && words[k - 1].Text.ToLowerInvariant() is "who" or "which")
                continue;
            // A verb that ends the sentence frames no content after it ("…, fewer than the 30 the airport had requested").
            if (source is { } s && words.Skip(last + 1).Any(w => w.IsWord))
                return Framed(text, words, context, s, k, last, cue);
            if (Lexicon.CueVerbs.Contains(words[k].Text) && Inverted(text, words, context, k) is { } inverted)
                return inverted;
        }
        return null;
    }

    /// <summary>
    /// "Content, the minister said (on Tuesday).", "\"Quote,\" she said.", "…, its procurement manager Derek Amsel
    /// said.": the statement precedes a frame that ends the sentence, or a comma clause ("…, the newspaper said, citing
    /// people familiar with the matter"); null for any other frame.
    /// </summary>
    private static Attribution? Closing(string text, List<Word> words, SourceContext context, (int First, int Last) s, int k, int last, string cue)
    {
        var trailing = words.Count - k - 1;
        var frame = s.First;
        while (frame > 0 && words[frame - 1].Text is "," or "\"" or "\u201D")
            frame--;
        if (frame == s.First && s.First > 0 && !words.Skip(last + 1).Any(w => w.IsWord))
        {
            // A description between the comma and the name: "…, its procurement manager Derek Amsel said."
            var comma = words.FindLastIndex(s.First - 1, Math.Min(6, s.First), w => !w.IsWord || w.IsCapitalised);
            if (comma > 0 && words[comma].Text == "," && IsDescription(words, comma + 1, s.First))
                frame = comma;
        }
        if (frame == s.First || frame == 0 || !(trailing <= 4 || words[AfterAdjuncts(words, k)].Text is "," or "as" or "while" or "when" or "adding" or "citing"))
            return null;
        var (resolved, kind) = context.Resolve(text[words[s.First].Start..words[s.Last].End]);
        return new Attribution(resolved, kind, cue, 0, words[frame].Start);
    }

    /// <summary>
    /// Whether the words from <paramref name="first"/> up to a name describe it: "its procurement manager", "the
    /// union's"; not "fewer than the 30" (in "…, fewer than the 30 the airport had requested").
    /// </summary>
    private static bool IsDescription(List<Word> words, int first, int name)
    {
        if (first >= name)
            return true;
        var opener = words[first].Text.ToLowerInvariant();
        return (opener is "its" or "the" or "their" or "his" or "her" or "our" or "a" or "an" || opener.EndsWith("'s", StringComparison.Ordinal))
            && !words.Skip(first).Take(name - first).Any(w => char.IsDigit(w.Text[0]) || w.Text == "than");
    }

    /// <summary>A source before its verb: the content follows the verb.</summary>
    private static Attribution Framed(string text, List<Word> words, SourceContext context, (int First, int Last) s, int k, int last, string cue)
    {
        var (resolved, kind) = context.Resolve(text[words[s.First].Start..words[s.Last].End]);
        var contentStart = ContentAfterCue(words, last);
        // "…, which the council described as the largest sum": a frame inside a relative clause qualifies the
        // sentence's fact, which stays the content.
        if (s.First > 0 && words[s.First - 1].Text.ToLowerInvariant() is "which" or "whom")
            contentStart = 0;
        // A denial keeps its verb ("denied that any contracts were cancelled"): its content is what the source says,
        // and set against a report it must still read as a denial. So does a refusal ("declined to comment on …"), and
        // a verb outside the listed verbs of speech that takes no clause: "approved a motion", "forecasts a calmer
        // week" state an act of the source's own, not words to be set apart from it.
        else if (Lexicon.DenialCues.Contains(cue) || Lexicon.RefusalVerbs.Contains(words[k].Text)
            || !Lexicon.CueVerbs.Contains(words[k].Text) && contentStart == words[last].End)
            contentStart = words[k].Start;
        return new Attribution(resolved, kind, cue, contentStart, text.Length);
    }

    /// <summary>"Content, said the ministry." and "\"Quote,\" said Li Wei, a researcher at …", for the listed verbs of speech.</summary>
    private static Attribution? Inverted(string text, List<Word> words, SourceContext context, int k)
    {
        var comma = k - 1;
        while (comma > 0 && words[comma].Text is "\"" or "\u201D")
            comma--;
        if (comma <= 0 || words[comma].Text != "," || k + 1 >= words.Count)
            return null;
        var last = words.Count - 1;
        while (last > k && !words[last].IsWord) last--;
        // A name set off by a comma from its apposition, or a short phrase that ends the sentence.
        var named = Enumerable.Range(k + 2, Math.Max(0, words.Count - k - 2)).FirstOrDefault(i => words[i].Text == ",");
        // "said lead author Dr Marguerite Oyelaran, a research fellow …": a short phrase ending in the name;
        // "said the museum's director, Helene Stravinskaya.": the name that closes the sentence.
        if (named > k + 1 && SourcePhrases.ProperNounBefore(words, last) is { First: var name } && name == named + 1)
            return Credit(named + 1, last);
        if (named > k + 1 && named - k <= 7 && SourcePhrases.ProperNounBefore(words, named - 1) is not null)
            last = named - 1;
        else if (words.Count - k > 6)
            last = k;
        return last <= k ? null : Credit(k + 1, last);

        Attribution Credit(int first, int end)
        {
            var (resolved, kind) = context.Resolve(text[words[first].Start..words[end].End]);
            return new Attribution(resolved, kind, words[k].Text.ToLowerInvariant(), 0, words[comma].Start);
        }
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
}

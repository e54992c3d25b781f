using ClaimDiff.Text;

namespace ClaimDiff.Claims;

/// <summary>
/// Recognises the verbs that introduce what a source says or thinks: the common ones listed in
/// <see cref="Lexicon.CueVerbs"/>, and any verb whose most frequent WordNet sense is one of communication or cognition
/// ("disclosed", "calculated", "forecasts", "concluded", "blamed"), with "declined to comment" and its kind.
/// </summary>
internal static class ReportingVerbs
{
    /// <summary>
    /// The cue at word <paramref name="index"/>: its text and the index of its last word ("ruled out", "declined to
    /// comment" span several), or null when the word introduces no statement.
    /// </summary>
    public static (string Cue, int Last)? At(List<Word> words, int index)
    {
        var word = words[index];
        if (!word.IsWord)
            return null;
        var lower = word.Text.ToLowerInvariant();
        // "the Islamic State", "Reports Said Today": a capitalised word inside a sentence is part of a name.
        if (word.IsCapitalised && index > 0 && words[index - 1].IsWord)
            return null;
        if (Lexicon.CueVerbs.Contains(lower))
        {
            // "ruled out" is one cue, a denial; the particle is no part of the content.
            var phrasal = Lexicon.PhrasalCues.Contains(lower) && index + 1 < words.Count && words[index + 1].Text.Equals("out", StringComparison.OrdinalIgnoreCase);
            return phrasal ? (lower + " out", index + 1) : (lower, index);
        }
        if (word.IsCapitalised)
            return null;
        // "declined to comment", "refused to say whether …".
        if (Lexicon.RefusalVerbs.Contains(lower) && index + 2 < words.Count && words[index + 1].Text == "to" && IsCommunication(words[index + 2].Text))
            return ($"{lower} to {words[index + 2].Text.ToLowerInvariant()}", index);
        var (category, lemma) = WordNetLexicon.Default.Reading(lower, PartOfSpeech.Verb);
        if (category is not (WordNetLexicon.VerbCommunication or WordNetLexicon.VerbCognition))
            return null;
        // An inflected form ("disclosed", "estimates") reads as a verb; a base form after a modal ("would examine") is no
        // report, and a bare "plan" or "record" is more often a noun. A participle reports only after the clause it
        // qualifies ("…, blaming rising prices", "…, ruling that the judge had erred").
        if (lemma == lower || lower.EndsWith("ing", StringComparison.Ordinal) && !(index > 0 && words[index - 1].Text == ","))
            return null;
        var next = index + 1 < words.Count ? words[index + 1].Text.ToLowerInvariant() : "";
        // "a farmer called Lyndon Edwards", "a person identified as James Foley": a participle that names, not a report
        // ("which the council described as …" has a subject of its own).
        var relative = words.Skip(Math.Max(0, index - 4)).Take(Math.Min(4, index)).Any(w => w.Text.ToLowerInvariant() is "which" or "whom" or "that");
        if (lower.EndsWith("ed", StringComparison.Ordinal) && !relative
            && (next == "as" || index + 1 < words.Count && words[index + 1].IsCapitalised && words[index + 1].IsWord))
            return null;
        // An intention is no statement: "Toyota plans to build …" is the outlet's report of a plan.
        if (category == WordNetLexicon.VerbCognition && next == "to" && index + 2 < words.Count && IsBaseVerb(words[index + 2].Text))
            return null;
        // "forecasts" may be a plural noun ("Customs officers began …"): as a verb it takes a clause or an object.
        if (lower.EndsWith('s') && WordNetLexicon.Default.Reading(lower, PartOfSpeech.Noun).Category >= 0 && !ObjectOpeners.Contains(next))
            return null;
        return (lower, index);
    }

    /// <summary>Words that open the clause or object of a verb: "forecasts a calmer week", "concludes that …".</summary>
    private static readonly HashSet<string> ObjectOpeners = ["that", "a", "an", "the", "this", "these", "its", "his", "her", "their", "no", "some", "more", "further"];

    private static bool IsBaseVerb(string word)
    {
        var lower = word.ToLowerInvariant();
        var (category, lemma) = WordNetLexicon.Default.Reading(lower, PartOfSpeech.Verb);
        return category >= 0 && lemma == lower;
    }

    private static bool IsCommunication(string word)
        => WordNetLexicon.Default.Reading(word.ToLowerInvariant(), PartOfSpeech.Verb).Category is WordNetLexicon.VerbCommunication or WordNetLexicon.VerbCognition;
}

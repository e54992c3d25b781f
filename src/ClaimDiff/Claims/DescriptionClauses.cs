namespace ClaimDiff.Claims;

/// <summary>
/// The outlet's own descriptions inside an attributed sentence: a relative clause set off by commas after a name, or an
/// apposition holding one ("The union, which represents 4,000 drivers, said …"; "Lindqvist, who was not involved in the
/// study, argued …"; "Dr Amesbury, an art historian who wrote …, disputed …"). The source speaks the sentence's
/// content; the description is the publisher's, a claim of its own.
/// </summary>
internal static class DescriptionClauses
{
    private static readonly HashSet<string> Relatives = new(StringComparer.OrdinalIgnoreCase) { "who", "which", "whose" };
    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the" };

    /// <summary>
    /// Each description as a character span of the sentence, from the name it describes to the clause's end. Only
    /// those outside the content, or describing the name that opens the sentence ("Halverson Mills, which processes a
    /// quarter of the wheat, expects …, its manager said"): one inside reported words is the source's.
    /// </summary>
    public static IEnumerable<(int Start, int End)> Find(List<Word> words, int contentStart, int contentEnd)
    {
        for (var comma = 1; comma + 2 < words.Count; comma++)
        {
            if (words[comma].Text != "," || !words[comma - 1].IsWord)
                continue;
            var opener = words[comma + 1].Text;
            var close = comma + 1;
            while (close < words.Count && !IsBoundary(words, close))
                close++;
            var last = close - 1;
            while (last > comma && !words[last].IsWord)
                last--;
            var clause = words.GetRange(comma + 1, last - comma);
            var relative = Relatives.Contains(opener) || Articles.Contains(opener) && clause.Skip(2).Any(w => Relatives.Contains(w.Text));
            if (!relative || clause.Count(w => w.IsWord) < 4 || close < words.Count && words[close].Text != ",")
                continue;
            if (SourcePhrases.ProperNounBefore(words, comma - 1) is not { First: var name })
                continue;
            var (start, end) = (words[name].Start, words[last].End);
            if (end <= contentStart || start >= contentEnd || name == 0)
                yield return (start, end);
            comma = close - 1;
        }
    }

    /// <summary>A comma, semicolon, bracket, dash or quotation mark: where a clause ends.</summary>
    private static bool IsBoundary(List<Word> words, int i)
        => words[i].Text is "," or ";" or "(" or ")" or "\u2014" or "\u2013" or "\"" or "\u201C" or "\u201D";
}

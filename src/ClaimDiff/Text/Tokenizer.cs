using System.Collections.Frozen;

namespace ClaimDiff.Text;

/// <summary>A word of a text with its position.</summary>
/// <param name="Start">The offset of the word in the text.</param>
/// <param name="Length">The length of the word as written.</param>
/// <param name="Term">The normalised term: lower-cased and stemmed; numbers kept as written.</param>
internal readonly record struct Token(int Start, int Length, string Term)
{
    public int End => Start + Length;
}

/// <summary>
/// Splits text into word tokens and normalises them into terms: lower case, a light English suffix stemmer, numbers
/// (with their % and decimal point) kept whole so that "60%" and "2026" stay meaningful.
/// </summary>
internal static class Tokenizer
{
    /// <summary>The <c>stop-words</c> word list.</summary>
    public static readonly FrozenSet<string> StopWords = WordLists.Words("stop-words").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Stems that news uses interchangeably for the same thing, mapped to one term so that "curbs on Japanese firms" and
    /// "restrictions on Japanese companies" share their terms. Kept small and unambiguous on purpose.
    /// </summary>
    private static readonly FrozenDictionary<string, string> Synonyms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["firm"] = "company", ["enterprise"] = "company", ["corporation"] = "company",
        ["defence"] = "defense", ["curb"] = "restrict", ["restriction"] = "restrict",
        ["carmaker"] = "automaker", ["govt"] = "government", ["programme"] = "program",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Returns every word token of <paramref name="text"/>, stop words included.</summary>
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsDigit(text[i]) || ((text[i] is '.' or ',') && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
                    i++;
                if (i < text.Length && text[i] == '%') i++;
                tokens.Add(new Token(start, i - start, text[start..i].Replace(",", "")));
            }
            else if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || ((text[i] is '\'' or '\u2019' or '-') && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
                    i++;
                var word = text[start..i];
                // A possessive ending is not part of the word ("Japan's" -> "japan").
                if (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase))
                    word = word[..^2];
                var term = Stem(word.ToLowerInvariant());
                tokens.Add(new Token(start, i - start, Synonyms.GetValueOrDefault(term, term)));
            }
            else
            {
                i++;
            }
        }
        return tokens;
    }

    /// <summary>The informative terms of <paramref name="text"/>: tokens that are not stop words and have two or more characters.</summary>
    public static IEnumerable<string> Terms(string text)
        => Tokenize(text).Select(t => t.Term).Where(IsInformative);

    /// <summary>Whether a term carries meaning: two or more characters and not a stop word.</summary>
    public static bool IsInformative(string term) => term.Length > 1 && !StopWords.Contains(term);

    /// <summary>A light suffix stemmer: enough to join "restrict", "restricts", "restricted", "restricting", "restrictions".</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 3 || StopWords.Contains(word))
            return word;
        // "families" → "family", stemmed again as the singular is ("family" → "fami"), so the two match.
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
            return Stem(word[..^3] + "y");
        // "-es" is a suffix only after a sibilant ("taxes", "pushes"); elsewhere the "e" belongs to the stem ("rises").
        if (word.EndsWith("es", StringComparison.Ordinal) && (word[^3] is 'x' or 'z' || word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)))
            return word[..^2];
        foreach (var suffix in Suffixes)
        {
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                if (suffix == "s" && word[^2] is 's' or 'u' or 'i')
                    return word;
                var stem = word[..^suffix.Length];
                // "stopped" -> "stop", but keep "all", "press".
                if (stem.Length > 3 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z'))
                    stem = stem[..^1];
                return stem;
            }
        }
        return word;
    }

    private static readonly string[] Suffixes = ["ations", "ation", "ions", "ion", "ings", "ing", "edly", "ed", "ly", "s"];
}

namespace ClaimDiff.Text;

/// <summary>
/// Whether a text can be read as English, which is all the claim rules and the models know: a text mostly in another
/// script, or in Latin letters with almost none of the common English words (<see cref="Tokenizer.StopWords"/>, about a
/// third of the words of English news), is not analysed, and its article says why instead of yielding one long claim.
/// </summary>
public static class LanguageCheck
{
    /// <summary>Texts with fewer letters than this are too short to judge and are read.</summary>
    private const int MinimumLetters = 200;

    /// <summary>Words read to judge a Latin-script text; enough to be sure, few enough to cost nothing on a long page.</summary>
    private const int SampleWords = 2000;

    /// <summary>The least share of common English words that English text has; other languages in Latin letters have a few percent.</summary>
    private const double MinimumEnglishShare = 0.12;

    private static readonly (string Name, Func<char, bool> Has)[] Scripts =
    [
        ("Chinese or Japanese (Han)", c => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF'),
        ("Japanese (kana)", c => c is >= '\u3040' and <= '\u30FF'),
        ("Korean (Hangul)", c => c is >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF'),
        ("Arabic", c => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF'),
        ("Hebrew", c => c is >= '\u0590' and <= '\u05FF'),
        ("Cyrillic", c => c is >= '\u0400' and <= '\u052F'),
        ("Greek", c => c is >= '\u0370' and <= '\u03FF'),
        ("Devanagari", c => c is >= '\u0900' and <= '\u097F'),
        ("Thai", c => c is >= '\u0E00' and <= '\u0E7F'),
    ];

    /// <summary>Why the text cannot be analysed as English, or <see langword="null"/> when it can (or is too short to tell).</summary>
    public static string? WhyNotEnglish(string text)
    {
        var letters = 0;
        var latin = 0;
        var counts = new int[Scripts.Length];
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
                continue;
            letters++;
            if (c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF')
            {
                latin++;
                continue;
            }
            for (var i = 0; i < Scripts.Length; i++)
                if (Scripts[i].Has(c))
                {
                    counts[i]++;
                    break;
                }
        }
        if (letters < MinimumLetters)
            return null;
        if (latin < letters / 2)
        {
            var top = Array.IndexOf(counts, counts.Max());
            var script = counts[top] > 0 ? Scripts[top].Name : "a non-Latin";
            return $"the text is mostly in {script} script, not English; ClaimDiff reads English only, so it was not analysed";
        }
        var words = 0;
        var common = 0;
        foreach (var word in Words(text).Take(SampleWords))
        {
            words++;
            if (Tokenizer.StopWords.Contains(word))
                common++;
        }
        return words >= 40 && common < MinimumEnglishShare * words
            ? $"the text does not read as English (only {common} of {words} words are common English words); ClaimDiff reads English only, so it was not analysed"
            : null;
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
                start = i;
            else if (!letter && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}

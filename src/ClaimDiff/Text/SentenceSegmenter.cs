using System.Collections.Frozen;

namespace ClaimDiff.Text;

/// <summary>
/// A rule-based English sentence segmenter for news text: it breaks at sentence-final punctuation followed by a
/// capitalised word, and at blank lines (headlines and list items often lack final punctuation), and it does not
/// break after common abbreviations (Mr., U.S., Jan., Corp.), initials, decimals or inside quotes that run on.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class SentenceSegmenter : ISentenceSegmenter
{
    /// <summary>Words that take a full stop without ending a sentence (the <c>abbreviations</c> word list and the months' abbreviations).</summary>
    internal static readonly FrozenSet<string> Abbreviations =
        WordLists.Words("abbreviations").Concat(CalendarNames.MonthAbbreviations.SelectMany(a => a)).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public IReadOnlyList<Sentence> Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        var start = SkipWhitespace(text, 0);
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n' && (IsBlankLineBreak(text, i) || IsHeadlineBreak(text, start, i)))
            {
                Add(sentences, text, start, i);
                start = i = SkipWhitespace(text, i);
                continue;
            }
            if (c is '.' or '!' or '?')
            {
                // A run of stops ("...", "?!") ends a sentence or not as a whole: it is judged once, from its first
                // character, so a long run costs linear time.
                if (IsSentenceEnd(text, i, out var end))
                {
                    Add(sentences, text, start, end);
                    start = i = SkipWhitespace(text, end);
                }
                else
                    i = RunEnd(text, i);
                continue;
            }
            i++;
        }
        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static bool IsBlankLineBreak(string text, int i)
    {
        // A blank line ends a sentence even without final punctuation: that is how headlines and list items are set apart.
        var j = i + 1;
        while (j < text.Length && text[j] is ' ' or '\t' or '\r') j++;
        return j >= text.Length || text[j] == '\n';
    }

    private static bool IsHeadlineBreak(string text, int start, int newline)
    {
        // A line with no final punctuation followed by a capitalised line is a headline, a list item or a
        // paragraph of its own; a hard-wrapped sentence continues in lower case or after a comma.
        var end = newline;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end == start || text[end - 1] is ',' or ';' or ':' or '-' or '(' || char.IsLetter(text[end - 1]) && newline - start > 200)
            return false;
        var next = SkipWhitespace(text, newline);
        return next < text.Length && (char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '"' or '\u201C' or '-' or '*' or '\u2022');
    }

    private static int RunEnd(string text, int i)
    {
        while (i < text.Length && text[i] is '.' or '!' or '?') i++;
        return i;
    }

    private static bool IsSentenceEnd(string text, int i, out int end)
    {
        end = RunEnd(text, i);
        // Closing quotes and brackets belong to the sentence they close.
        while (end < text.Length && text[end] is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']') end++;
        if (end >= text.Length) return true;
        if (!char.IsWhiteSpace(text[end])) return false;

        var next = SkipWhitespace(text, end);
        if (next >= text.Length) return true;
        var n = text[next];
        var startsLikeSentence = char.IsUpper(n) || char.IsDigit(n) || n is '"' or '\u201C' or '\'' or '\u2018' or '(' or '[';
        if (!startsLikeSentence) return false;
        if (text[i] != '.') return true;

        var word = WordBefore(text, i);
        if (word.Length == 0) return true;
        // Initials ("J. Smith") and dotted abbreviations ("U.S.", "a.m.") rarely end a sentence before a capital,
        // except a dotted country name at the end of a sentence, which we accept when followed by a new paragraph.
        if (word.Length == 1 && char.IsUpper(word[0])) return false;
        if (word.Contains('.')) return text.AsSpan(end, next - end).Contains('\n');
        if (Abbreviations.Contains(word)) return false;
        return true;
    }

    private static string WordBefore(string text, int dot)
    {
        var s = dot;
        while (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] == '.')) s--;
        return text[s..dot];
    }

    private static int SkipWhitespace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start)
            sentences.Add(new Sentence(start, text[start..end]));
    }
}

using System.Text.RegularExpressions;

namespace ClaimDiff.Claims;

/// <summary>The sieve for "According to X, content." and "Content, according to X."</summary>
internal static partial class AccordingToFrame
{
    public static Attribution? Find(string text, List<Word> words, SourceContext context)
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
        // "according to figures published on Thursday by the health trust", "according to data from the federation":
        // the author of the document is the source.
        var by = words.FindIndex(after, end - after, w => w.Text is "by" or "from");
        var first = by >= 0 && by + 1 < end ? by + 1 : after;
        var (resolved, kind) = context.Resolve(text[words[first].Start..words[end - 1].End]);
        // Content is whichever side of the "according to X" phrase carries the statement.
        var phraseEnd = end < words.Count ? words[end].End : text.Length;
        var before = m.Index;
        return before > 10
            ? new Attribution(resolved, kind, "according to", 0, before)
            : new Attribution(resolved, kind, "according to", phraseEnd, text.Length);
    }

    [GeneratedRegex(@"\baccording to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AccordingToPattern();
}

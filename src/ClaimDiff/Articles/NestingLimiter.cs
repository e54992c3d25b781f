using System.Text;

namespace ClaimDiff.Articles;

/// <summary>
/// Drops the tags of elements nested deeper than a limit (their text stays), before the page reaches the HTML parser.
/// </summary>
/// <remarks>
/// AngleSharp flattens nesting past about 500 levels itself, but its time grows faster than linearly with the number of
/// open elements it has to reconcile: 100,000 nested <c>div</c>s take tens of seconds. A page that deep is never an
/// article layout, so the extra levels are removed by a single linear scan.
/// </remarks>
internal static class NestingLimiter
{
    /// <summary>The deepest nesting kept; real pages stay far below it.</summary>
    public const int MaxDepth = 2000;

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "option", "td", "tr", "th", "dt", "dd", // often left open; not counted, so they can only under-count
    };

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "plaintext"];

    /// <summary>Returns <paramref name="html"/> unchanged when it nests no deeper than <paramref name="maxDepth"/>, else a copy without the excess tags.</summary>
    public static string Limit(string html, int maxDepth = MaxDepth)
    {
        // A page with fewer tags than the limit cannot exceed it.
        if (html.Length < maxDepth * 3)
            return html;
        StringBuilder? copy = null;
        var copied = 0;
        var depth = 0;
        var dropped = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var next = html[i + 1];
            if (next == '!')
            {
                var end = html.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal) ? html.IndexOf("-->", i + 4, StringComparison.Ordinal) : html.IndexOf('>', i);
                if (end < 0)
                    break;
                i = end + 1;
                continue;
            }
            var closing = next == '/';
            var nameStart = closing ? i + 2 : i + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
                nameEnd++;
            var tagEnd = TagEnd(html, nameEnd);
            if (tagEnd < 0)
                break;
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            if (!closing && IsRawText(name))
            {
                var close = html.IndexOf("</" + name.ToString(), tagEnd, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
                continue;
            }
            var counted = !Void.Contains(name.ToString()) && html[tagEnd - 1] != '/';
            var drop = false;
            if (counted && !closing)
            {
                if (depth >= maxDepth)
                {
                    dropped++;
                    drop = true;
                }
                else
                {
                    depth++;
                }
            }
            else if (counted)
            {
                if (dropped > 0)
                {
                    dropped--;
                    drop = true;
                }
                else if (depth > 0)
                {
                    depth--;
                }
            }
            if (drop)
            {
                copy ??= new StringBuilder(html.Length);
                copy.Append(html, copied, i - copied);
                copied = tagEnd + 1;
            }
            i = tagEnd + 1;
        }
        if (copy is null)
            return html;
        copy.Append(html, copied, html.Length - copied);
        return copy.ToString();
    }

    private static bool IsRawText(ReadOnlySpan<char> name)
    {
        foreach (var raw in RawText)
        {
            if (name.Equals(raw, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private static int TagEnd(string html, int from)
    {
        char quote = '\0';
        for (var j = from; j < html.Length; j++)
        {
            var ch = html[j];
            if (quote != '\0')
            {
                if (ch == quote)
                    quote = '\0';
            }
            else if (ch is '"' or '\'')
            {
                quote = ch;
            }
            else if (ch == '>')
            {
                return j;
            }
        }
        return -1;
    }
}

using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace ClaimDiff.Articles;

/// <summary>
/// Renders an element as plain text: one paragraph per block (paragraphs, headings, list items, block quotes, table rows),
/// blank lines between blocks, whitespace collapsed inside them. Boilerplate inside the element (share bars, captions,
/// related links, comments, consent banners) is skipped.
/// </summary>
/// <remarks>Walks the tree with an explicit stack, so a deeply nested page cannot overflow the call stack.</remarks>
internal static partial class BlockText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "button", "select", "option", "input", "textarea", "iframe",
        "object", "embed", "canvas", "video", "audio", "figcaption", "nav", "aside", "footer", "form", "label", "dialog", "menu",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table",
        "tr", "td", "th", "thead", "tbody", "section", "article", "header", "main", "figure", "address", "hr", "br",
        "center", "details", "summary", "caption",
    };

    /// <summary>Class or id fragments of boilerplate blocks inside an article body.</summary>
    [GeneratedRegex(@"(^|[-_ ])(share|sharing|social|related|newsletter|caption|comments?|cookie|consent|gdpr|promo|advert|ad-?slot|ads|sponsor|subscribe|subscription|paywall|signup|sign-up|breadcrumbs?|tags?|toolbar|print|recommend\w*|read-?more|more-stories|outbrain|taboola|disqus|author-bio|credit|popup|byline|dateline|meta|story-meta|article-meta|post-meta|timestamp|modal|banner|hidden|sr-only|visually-hidden|screen-reader)([-_ ]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex BoilerplateHint();

    public static string Render(INode root)
    {
        var output = new StringBuilder();
        var line = new StringBuilder();
        var lengths = TextLengths(root);
        var rootLength = Math.Max(1, lengths.GetValueOrDefault(root));
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IText text)
            {
                AppendCollapsed(line, text.Data);
                continue;
            }
            if (node is not IElement element)
                continue;
            var block = Blocks.Contains(element.LocalName);
            if (exit)
            {
                if (block)
                    Flush(output, line);
                continue;
            }
            // A block holding most of the text is the article whatever its class says ("post-hidden-xs", "story-tags").
            if (!ReferenceEquals(node, root) && IsBoilerplate(element) && (IsSkippedTag(element) || lengths.GetValueOrDefault(element) < rootLength * 0.3))
                continue;
            if (block)
                Flush(output, line);
            stack.Push((node, true));
            // By index: AngleSharp finds a node's siblings by searching its parent's list, which is quadratic on wide pages.
            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
                stack.Push((children[i], false));
        }
        Flush(output, line);
        return output.ToString().TrimEnd();
    }

    /// <summary>The text length under every node, computed bottom-up in one pass with an explicit stack.</summary>
    private static Dictionary<INode, int> TextLengths(INode root)
    {
        var lengths = new Dictionary<INode, int>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IText text)
            {
                lengths[node] = text.Data.Length;
                continue;
            }
            if (exit)
            {
                var sum = 0;
                foreach (var child in node.ChildNodes)
                    sum += lengths.GetValueOrDefault(child);
                lengths[node] = sum;
                continue;
            }
            stack.Push((node, true));
            foreach (var child in node.ChildNodes)
                stack.Push((child, false));
        }
        return lengths;
    }

    internal static bool IsSkippedTag(IElement element) => Skipped.Contains(element.LocalName);

    internal static bool IsBoilerplate(IElement element)
    {
        if (Skipped.Contains(element.LocalName) || element.HasAttribute("hidden"))
            return true;
        if (element.GetAttribute("aria-hidden") == "true" || element.GetAttribute("role") is "navigation" or "complementary" or "dialog")
            return true;
        if (element.GetAttribute("style") is { } style && style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase))
            return true;
        var hint = element.ClassName is { Length: > 0 } c ? c + " " + element.Id : element.Id;
        return hint is { Length: > 0 } && BoilerplateHint().IsMatch(hint);
    }

    private static void AppendCollapsed(StringBuilder line, string data)
    {
        foreach (var ch in data)
        {
            if (char.IsWhiteSpace(ch))
            {
                if (line.Length > 0 && line[^1] != ' ')
                    line.Append(' ');
            }
            else
            {
                line.Append(ch);
            }
        }
    }

    private static void Flush(StringBuilder output, StringBuilder line)
    {
        var end = line.Length;
        while (end > 0 && line[end - 1] == ' ')
            end--;
        if (end > 0)
        {
            output.Append(line, 0, end).Append("\n\n");
        }
        line.Clear();
    }
}

using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace ClaimDiff.Articles;

/// <summary>
/// A readability-style fallback: scores each container by the paragraphs it holds (text length, commas), discounts link-heavy
/// ones, weighs class and id hints, and renders the best container with its strong siblings.
/// </summary>
/// <remarks>Walks the DOM with explicit stacks, so it copes with any nesting depth.</remarks>
internal static partial class DensityScoring
{
    private static readonly HashSet<string> TextBlocks = new(StringComparer.OrdinalIgnoreCase) { "p", "pre", "td", "blockquote", "h2", "h3", "li", "div", "section" };

    [GeneratedRegex(@"article|body|content|entry|main|post|story|text|blog|prose", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Positive();

    [GeneratedRegex(@"comment|sidebar|footer|header|menu|nav|widget|share|social|related|promo|sponsor|advert|banner|cookie|consent|masthead|meta|outbrain|taboola|popup|newsletter", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negative();

    public static string Extract(IDocument document)
    {
        var root = (INode?)document.Body ?? document;
        var scores = new Dictionary<IElement, double>();
        var stack = new Stack<IElement>();
        if (document.Body is { } body)
            stack.Push(body);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (BlockText.IsBoilerplate(element) || element.LocalName is "header")
                continue;
            foreach (var child in element.Children)
                stack.Push(child);
            if (!TextBlocks.Contains(element.LocalName))
                continue;
            var length = OwnTextLength(element, out var commas);
            if (length < 25)
                continue;
            var score = 1 + commas + Math.Min(length / 100.0, 3);
            var ancestor = element.ParentElement;
            for (var level = 1; level <= 3 && ancestor is not null; level++, ancestor = ancestor.ParentElement)
                scores[ancestor] = scores.GetValueOrDefault(ancestor) + score / (level == 1 ? 1 : level == 2 ? 2 : level * 3);
        }
        IElement? best = null;
        var bestScore = double.MinValue;
        foreach (var (element, raw) in scores)
        {
            var score = (raw + Hint(element)) * (1 - LinkDensity(element));
            if (score > bestScore)
            {
                best = element;
                bestScore = score;
            }
        }
        if (best is null)
            return BlockText.Render(root);
        if (best.ParentElement is not { } parent)
            return BlockText.Render(best);
        var parts = new List<string>();
        foreach (var sibling in parent.Children)
        {
            var keep = ReferenceEquals(sibling, best)
                || (scores.TryGetValue(sibling, out var s) && (s + Hint(sibling)) * (1 - LinkDensity(sibling)) >= Math.Max(10, bestScore * 0.2))
                || (sibling.LocalName == "p" && sibling.TextContent.Length > 80 && LinkDensity(sibling) < 0.25);
            if (keep && BlockText.Render(sibling) is { Length: > 0 } text)
                parts.Add(text);
        }
        return string.Join("\n\n", parts);
    }

    /// <summary>The length of the text directly inside <paramref name="element"/> and its inline children (not nested blocks).</summary>
    private static int OwnTextLength(IElement element, out int commas)
    {
        commas = 0;
        var length = 0;
        var stack = new Stack<INode>();
        stack.Push(element);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                length += text.Data.Trim().Length;
                commas += text.Data.Count(c => c == ',');
                continue;
            }
            if (node is IElement e && !ReferenceEquals(e, element) && (TextBlocks.Contains(e.LocalName) || BlockText.IsBoilerplate(e)))
                continue;
            foreach (var child in node.ChildNodes)
                stack.Push(child);
        }
        return length;
    }

    private static double Hint(IElement element)
    {
        var hint = element.ClassName + " " + element.Id;
        var score = 0.0;
        if (element.LocalName is "article" or "main")
            score += 25;
        if (Positive().IsMatch(hint))
            score += 25;
        if (Negative().IsMatch(hint))
            score -= 25;
        return score;
    }

    private static double LinkDensity(IElement element)
    {
        var total = element.TextContent.Length;
        if (total == 0)
            return 0;
        var links = 0;
        foreach (var a in element.GetElementsByTagName("a"))
            links += a.TextContent.Length;
        return Math.Min(1, (double)links / total);
    }
}

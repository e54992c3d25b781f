using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ClaimDiff.Articles;

/// <summary>
/// Extracts the main text and the metadata of a news page: title, publisher, authors, publication date and language.
/// </summary>
/// <remarks>
/// <para>
/// The body is found by SmartReader (a port of Mozilla's Readability) on the AngleSharp DOM, then rendered to plain text
/// one block per paragraph (headings, list items and block quotes kept; blank lines between blocks), with share bars,
/// captions, related links, comments and consent banners dropped. Pages that Readability cannot read fall back to a
/// text-density scoring of the page's containers. Metadata comes from JSON-LD (tolerant of <c>@graph</c>, arrays and
/// broken JSON), Open Graph and other meta tags, <c>&lt;time&gt;</c> elements and bylines.
/// </para>
/// <para>
/// Nesting deeper than 2,000 elements is flattened before parsing and the DOM is walked with explicit stacks, so
/// hostile pages cannot overflow the stack or stall the parser.
/// </para>
/// <para>Stateless and thread-safe: one instance can serve any number of threads.</para>
/// </remarks>
public sealed class HtmlArticleExtractor
{
    /// <summary>Readability's recursive passes are only given documents this shallow; deeper ones use the fallback scoring.</summary>
    private const int ReadabilityMaxDepth = 400;

    /// <summary>Readability's candidate passes grow faster than linearly with the element count; bigger pages use the fallback scoring.</summary>
    private const int ReadabilityMaxElements = 30_000;

    /// <summary>Extracts the article from <paramref name="html"/>.</summary>
    /// <param name="html">The page source.</param>
    /// <param name="path">The file or URL the page came from, recorded in <see cref="Article.Path"/>.</param>
    /// <returns>The article with its text and whatever metadata the page declares.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArticleFormatException">No article text was found in the page.</exception>
    public Article Extract(string html, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        // HtmlParser keeps per-parse state in the objects it creates, but one instance per call keeps this obviously safe.
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(NestingLimiter.Limit(html));
        var metadata = PageMetadata.Read(document);
        var text = Body(document, parser);
        text = WithoutLeadingHeadline(text, metadata.Title);
        if (string.IsNullOrWhiteSpace(text))
            throw new ArticleFormatException(path, null, "no article text found in the page");
        return new Article(text, title: metadata.Title, publisher: metadata.Publisher, authors: metadata.Authors,
            published: metadata.Published ?? PageMetadata.DateNearStart(text), language: metadata.Language, path: path,
            url: PageMetadata.AbsoluteUrl(metadata.Url, path));
    }

    private static string Body(IHtmlDocument document, HtmlParser parser)
    {
        string? text = null;
        if (document.All.Length <= ReadabilityMaxElements && MaxDepth(document) <= ReadabilityMaxDepth)
        {
            try
            {
                // Readability edits the DOM it reads; metadata has been read already, so that is harmless.
                var article = new SmartReader.Reader("https://localhost/", document) { Debug = false, KeepClasses = true }.GetArticle();
                if (!string.IsNullOrWhiteSpace(article.Content))
                {
                    using var content = parser.ParseDocument(article.Content);
                    text = BlockText.Render(content.Body ?? (INode)content);
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Readability failed on an odd page: the fallback below still answers.
                text = null;
            }
        }
        if (string.IsNullOrWhiteSpace(text))
            text = DensityScoring.Extract(document);
        return text;
    }

    /// <summary>The headline is metadata (<see cref="Article.Title"/>), so a first block repeating it is not body text.</summary>
    private static string WithoutLeadingHeadline(string text, string? title)
    {
        if (title is null)
            return text;
        var end = text.IndexOf("\n\n", StringComparison.Ordinal);
        var first = end < 0 ? text : text[..end];
        return end > 0 && first.Equals(title, StringComparison.OrdinalIgnoreCase) ? text[(end + 2)..] : text;
    }

    private static int MaxDepth(IDocument document)
    {
        var max = 0;
        var stack = new Stack<(IElement Element, int Depth)>();
        if (document.DocumentElement is { } root)
            stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            max = Math.Max(max, depth);
            foreach (var child in element.Children)
                stack.Push((child, depth + 1));
        }
        return max;
    }
}

using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using System.Text;

namespace ClaimDiff.Articles;

/// <summary>Extracts the main text and metadata of a news page with AngleSharp.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class HtmlArticleExtractor
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Extracts the article from <paramref name="html"/>.</summary>
    /// <exception cref="ArticleFormatException">No article text was found.</exception>
    public Article Extract(string html, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var document = Parser.ParseDocument(html);
        foreach (var junk in document.QuerySelectorAll("script, style, noscript, nav, header, footer, aside, form, figure, figcaption"))
            junk.Remove();
        var root = (IElement?)document.QuerySelector("article") ?? document.Body;
        var text = new StringBuilder();
        if (root is not null)
        {
            foreach (var block in root.QuerySelectorAll("h1, h2, h3, h4, p, li, blockquote"))
            {
                var line = Normalize(block.TextContent);
                if (line.Length > 0 && block.QuerySelector("p, li") is null)
                    text.Append(line).Append("\n\n");
            }
        }
        if (text.Length == 0)
            throw new ArticleFormatException(path, null, "no article text found in the page");
        var title = Meta(document, "og:title") ?? Normalize(document.Title ?? string.Empty);
        var publisher = Meta(document, "og:site_name");
        DateTimeOffset? published = DateTimeOffset.TryParse(Meta(document, "article:published_time"), out var p) ? p : null;
        return new Article(text.ToString().TrimEnd(), title: title.Length == 0 ? null : title, publisher: publisher,
            published: published, language: document.DocumentElement.GetAttribute("lang"), path: path);
    }

    private static string? Meta(IDocument document, string property)
        => document.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content");

    private static string Normalize(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

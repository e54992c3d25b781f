using ClaimDiff.Articles;
using ClaimDiff.Internal;

namespace ClaimDiff;

/// <summary>
/// One news article: its plain text plus the metadata that ClaimDiff uses (publisher, title, date).
/// An article that could not be read carries an <see cref="Error"/> and no text, so that it still appears in reports.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class Article
{
    /// <summary>Creates an article from already extracted plain text.</summary>
    /// <param name="text">The article body as plain text. Must not be <see langword="null"/>.</param>
    /// <param name="id">A caller-chosen id; <see langword="null"/> lets the analysis number articles in input order (<c>a1</c>, <c>a2</c>, …).</param>
    /// <param name="title">The headline, if known.</param>
    /// <param name="publisher">The outlet that published the article; unattributed claims are credited to it.</param>
    /// <param name="authors">The bylines, if known.</param>
    /// <param name="published">The publication date, if known; relative dates in the text are resolved against it.</param>
    /// <param name="language">The BCP 47 language tag, if known.</param>
    /// <param name="path">The file or URL the article came from, if any.</param>
    /// <param name="error">Why the article could not be read, or <see langword="null"/> when it was read.</param>
    /// <param name="url">The page's own address (its canonical URL), if known; reports link to it rather than to <paramref name="path"/>.</param>
    public Article(
        string text,
        string? id = null,
        string? title = null,
        string? publisher = null,
        IReadOnlyList<string>? authors = null,
        DateTimeOffset? published = null,
        string? language = null,
        string? path = null,
        string? error = null,
        string? url = null)
    {
        Text = Guard.NotNull(text);
        Id = id;
        Title = title;
        Publisher = publisher;
        Authors = authors ?? [];
        Published = published;
        Language = language;
        Path = path;
        Error = error;
        Url = url;
    }

    /// <summary>The caller-chosen id, or <see langword="null"/> to let the analysis number the article.</summary>
    public string? Id { get; }

    /// <summary>The article body as plain text; claim offsets index into it.</summary>
    public string Text { get; }

    /// <summary>The headline, if known.</summary>
    public string? Title { get; }

    /// <summary>The outlet that published the article, if known.</summary>
    public string? Publisher { get; }

    /// <summary>The bylines; empty when unknown.</summary>
    public IReadOnlyList<string> Authors { get; }

    /// <summary>The publication date, if known.</summary>
    public DateTimeOffset? Published { get; }

    /// <summary>The BCP 47 language tag, if known.</summary>
    public string? Language { get; }

    /// <summary>The file or URL the article came from, if any.</summary>
    public string? Path { get; }

    /// <summary>Why the article could not be read, or <see langword="null"/> when it was read.</summary>
    public string? Error { get; }

    /// <summary>The page's own absolute <c>http</c> or <c>https</c> address (its canonical URL), if known.</summary>
    public string? Url { get; }

    /// <summary>Creates an article from plain text. When <paramref name="title"/> is not given, nothing is taken from the text.</summary>
    /// <param name="text">The article body.</param>
    /// <param name="publisher">The outlet that published it; unattributed claims are credited to it.</param>
    /// <param name="title">The headline, if known.</param>
    /// <param name="published">The publication date, if known.</param>
    /// <param name="id">A caller-chosen id, or <see langword="null"/> to number articles in input order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static Article FromText(string text, string? publisher = null, string? title = null, DateTimeOffset? published = null, string? id = null)
        => new(text, id: id, title: title, publisher: publisher, published: published);

    /// <summary>Creates an article from an HTML page, extracting the main content and metadata with <see cref="HtmlArticleExtractor"/>.</summary>
    /// <param name="html">The page source.</param>
    /// <param name="publisher">Overrides the publisher found in the page's metadata.</param>
    /// <param name="path">The file or URL the page came from, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArticleFormatException">No article text could be found in the page.</exception>
    public static Article FromHtml(string html, string? publisher = null, string? path = null)
    {
        var article = new HtmlArticleExtractor().Extract(Guard.NotNull(html), path);
        return publisher is null ? article : article.With(publisher: publisher);
    }

    /// <summary>Creates the record of an input that could not be read, so that it still appears in reports.</summary>
    /// <param name="path">Where the input came from.</param>
    /// <param name="error">Why it could not be read.</param>
    public static Article Failed(string? path, string error) => new(string.Empty, path: path, error: Guard.NotNullOrEmpty(error));

    /// <summary>Returns a copy with the given members replaced.</summary>
    public Article With(string? id = null, string? title = null, string? publisher = null, DateTimeOffset? published = null, string? path = null, string? url = null)
        => new(Text, id ?? Id, title ?? Title, publisher ?? Publisher, Authors, published ?? Published, Language, path ?? Path, Error, url ?? Url);

    /// <inheritdoc />
    public override string ToString() => Error is null
        ? $"{Title ?? Path ?? Id ?? "article"} ({Publisher ?? "unknown publisher"}, {Text.Length} chars)"
        : $"{Path ?? Id ?? "article"}: {Error}";
}

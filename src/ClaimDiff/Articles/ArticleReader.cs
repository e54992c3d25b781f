using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using ClaimDiff.Internal;

namespace ClaimDiff.Articles;

/// <summary>
/// Reads <c>.html</c>/<c>.htm</c> pages, <c>.txt</c> files (first line is the headline) and <c>.json</c> files (one
/// article object or an array), each optionally gzip-compressed (<c>.gz</c>).
/// </summary>
/// <remarks>Stateless and thread-safe. A file that cannot be read yields one <see cref="Article.Failed"/> record saying why.</remarks>
public sealed class ArticleReader(ExtractionOptions options) : IArticleReader
{
    /// <summary>Creates a reader with default options.</summary>
    public ArticleReader() : this(new ExtractionOptions()) { }

    private readonly ExtractionOptions _options = Guard.NotNull(options).Clone();
    private readonly HtmlArticleExtractor _html = new();

    /// <inheritdoc />
    public async IAsyncEnumerable<Article> ReadAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Guard.NotNullOrEmpty(path);
        List<Article> articles;
        try
        {
            var text = await ReadTextAsync(path, cancellationToken).ConfigureAwait(false);
            articles = Parse(path, text);
        }
        catch (Exception e) when (e is ArticleFormatException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            articles = [Article.Failed(path, e is ArticleFormatException f ? f.Reason : e.Message)];
        }
        foreach (var article in articles)
            yield return article;
    }

    private async Task<string> ReadTextAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        await using var _ = stream;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > _options.MaxInputBytes)
                throw new ArticleFormatException(path, buffer.Length, $"the input is larger than the {_options.MaxInputBytes}-byte limit");
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0)
            throw new ArticleFormatException(path, 0, "the file is empty");
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.IndexOf((byte)0) is var nul and >= 0)
            throw new ArticleFormatException(path, nul, "the file holds binary data, not text");
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException e)
        {
            throw new ArticleFormatException(path, e.Index, "the text is not valid UTF-8", e);
        }
    }

    private List<Article> Parse(string path, string text)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        var extension = System.IO.Path.GetExtension(name).ToLowerInvariant();
        return extension switch
        {
            ".html" or ".htm" => [_html.Extract(text, path)],
            ".json" => JsonArticles.Parse(text, path),
            _ => [PlainText(text, path)],
        };
    }

    private static Article PlainText(string text, string path)
    {
        var newline = text.IndexOf('\n');
        var title = (newline < 0 ? text : text[..newline]).Trim();
        var body = newline < 0 ? string.Empty : text[(newline + 1)..].Trim();
        if (body.Length == 0)
            throw new ArticleFormatException(path, null, "the file has a headline but no body text");
        return new Article(body, title: title.Length == 0 ? null : title, path: path);
    }
}

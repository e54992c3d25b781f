using System.IO.Compression;
using System.Runtime.CompilerServices;
using ClaimDiff.Internal;

namespace ClaimDiff.Articles;

/// <summary>
/// Reads <c>.html</c>/<c>.htm</c> pages, <c>.txt</c> files (first line is the headline) and <c>.json</c> files (one
/// article object or an array), each optionally gzip-compressed (<c>.gz</c>); <c>-</c> reads standard input.
/// </summary>
/// <remarks>
/// <para>
/// Bad input never throws: a file that cannot be read yields one <see cref="Article.Failed"/> record whose
/// <see cref="Article.Error"/> says why in words fit for a user (file not found, empty file, binary data, text that is
/// not valid UTF-8, over the size limit, truncated or corrupt gzip, invalid JSON with its line and position, no article
/// in the page). Only cancellation and argument misuse throw.
/// </para>
/// <para>
/// Character sets: a byte order mark (UTF-8, UTF-16) wins; HTML then honours <c>&lt;meta charset&gt;</c> and
/// <c>&lt;meta http-equiv="Content-Type" content="…; charset=…"&gt;</c>, and falls back to windows-1252 when the bytes are
/// not UTF-8. Text and JSON must be UTF-8 (or carry a byte order mark).
/// </para>
/// <para>Stateless and thread-safe: one instance can read many files at once.</para>
/// </remarks>
public sealed class ArticleReader : IArticleReader
{
    /// <summary>The file name extensions read, without <c>.gz</c>: <c>.html</c>, <c>.htm</c>, <c>.txt</c>, <c>.json</c>.</summary>
    public static IReadOnlyList<string> SupportedExtensions { get; } = [".html", ".htm", ".txt", ".json"];

    /// <summary>The path that stands for standard input: <c>-</c>.</summary>
    public const string StandardInput = "-";

    private readonly ExtractionOptions _options;
    private readonly HtmlArticleExtractor _html = new();
    private readonly Func<Stream> _openStandardInput;

    /// <summary>Creates a reader with default options.</summary>
    public ArticleReader() : this(new ExtractionOptions()) { }

    /// <summary>Creates a reader with the given options (copied, so later changes do not affect it).</summary>
    /// <param name="options">The size limit and other reading options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public ArticleReader(ExtractionOptions options) : this(options, Console.OpenStandardInput) { }

    internal ArticleReader(ExtractionOptions options, Func<Stream> openStandardInput)
    {
        _options = Guard.NotNull(options).Clone();
        _openStandardInput = openStandardInput;
    }

    /// <inheritdoc />
    /// <remarks><c>-</c> reads standard input and guesses its format (JSON, HTML or text) from its first characters.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async IAsyncEnumerable<Article> ReadAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Guard.NotNullOrEmpty(path);
        var articles = await ReadFileAsync(path, cancellationToken).ConfigureAwait(false);
        foreach (var article in articles)
            yield return article;
    }

    /// <summary>
    /// Reads every article under the given paths, in order: files as they are, folders recursively (only files with a
    /// supported extension, optionally <c>.gz</c>, in ordinal order of their paths), and <c>-</c> as standard input.
    /// </summary>
    /// <param name="paths">Files, folders or <c>-</c>.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The articles; a path that does not exist yields a failed record saying "file not found".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async IAsyncEnumerable<Article> ReadAllAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Guard.NotNull(paths);
        foreach (var path in ExpandPaths(paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await foreach (var article in ReadAsync(path, cancellationToken).ConfigureAwait(false))
                yield return article;
        }
    }

    /// <summary>
    /// Expands folders into the supported files they hold (recursively, in ordinal order of their paths); files, <c>-</c>
    /// and paths that do not exist are passed through in order, so that a missing one is reported rather than lost.
    /// </summary>
    /// <param name="paths">Files, folders or <c>-</c>.</param>
    /// <returns>The paths to read, one per input file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is <see langword="null"/>.</exception>
    public static IEnumerable<string> ExpandPaths(IEnumerable<string> paths)
    {
        Guard.NotNull(paths);
        return Expand(paths);

        static IEnumerable<string> Expand(IEnumerable<string> paths)
        {
            foreach (var path in paths)
            {
                if (string.IsNullOrEmpty(path) || path == StandardInput || !Directory.Exists(path))
                {
                    yield return path;
                    continue;
                }
                var files = new List<string>();
                try
                {
                    files.AddRange(Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.None })
                        .Where(IsSupported));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    files.Clear();
                    files.Add(path);
                }
                files.Sort(StringComparer.Ordinal);
                foreach (var file in files)
                    yield return file;
            }
        }
    }

    /// <summary>Whether the file name has a supported extension (optionally followed by <c>.gz</c>).</summary>
    /// <param name="path">A file name or path.</param>
    /// <returns><see langword="true"/> for <c>.html</c>, <c>.htm</c>, <c>.txt</c> and <c>.json</c>, each optionally with <c>.gz</c>.</returns>
    public static bool IsSupported(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return SupportedExtensions.Contains(System.IO.Path.GetExtension(name), StringComparer.OrdinalIgnoreCase);
    }

    private async Task<IReadOnlyList<Article>> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            byte[] bytes;
            if (path == StandardInput)
            {
                await using var input = _openStandardInput();
                bytes = await InputBytes.ReadAsync(input, path, compressed: false, _options.MaxInputBytes, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                if (Directory.Exists(path))
                    return [Article.Failed(path, "this is a folder, not a file")];
                if (!File.Exists(path))
                    return [Article.Failed(path, "file not found")];
                var compressed = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
                var length = new FileInfo(path).Length;
                if (!compressed && length > _options.MaxInputBytes)
                    return [Article.Failed(path, SizeLimit(length))];
                await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
                bytes = await InputBytes.ReadAsync(file, path, compressed, _options.MaxInputBytes, cancellationToken).ConfigureAwait(false);
            }
            return Parse(path, bytes);
        }
        catch (ArticleFormatException e)
        {
            return [Article.Failed(path, e.Reason)];
        }
        catch (FileNotFoundException)
        {
            return [Article.Failed(path, "file not found")];
        }
        catch (DirectoryNotFoundException)
        {
            return [Article.Failed(path, "file not found")];
        }
        catch (UnauthorizedAccessException)
        {
            return [Article.Failed(path, "permission denied")];
        }
        catch (IOException e)
        {
            return [Article.Failed(path, $"could not be read: {e.Message}")];
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // A parser bug on one odd input must not stop a batch.
            return [Article.Failed(path, $"could not be read: {e.Message}")];
        }
    }

    internal string SizeLimit(long length) => $"the input is {length:N0} bytes, over the {_options.MaxInputBytes:N0}-byte limit";

    private IReadOnlyList<Article> Parse(string path, byte[] bytes)
    {
        var format = path == StandardInput ? InputText.Sniff(bytes) : Format(path);
        switch (format)
        {
            case ".html":
                var html = InputText.DecodeHtml(bytes, path);
                return [_html.Extract(html, path)];
            case ".json":
                return JsonArticles.Parse(InputText.DecodeUtf8(bytes, path), path);
            default:
                return [PlainText(InputText.DecodeUtf8(bytes, path), path)];
        }
    }

    private static string Format(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        var extension = System.IO.Path.GetExtension(name).ToLowerInvariant();
        return extension switch
        {
            ".html" or ".htm" or ".xhtml" => ".html",
            ".json" => ".json",
            _ => ".txt",
        };
    }

    private static Article PlainText(string text, string path)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var newline = text.IndexOf('\n');
        var title = (newline < 0 ? text : text[..newline]).Trim();
        var body = newline < 0 ? string.Empty : text[(newline + 1)..].Trim();
        if (body.Length == 0)
            throw new ArticleFormatException(path, null, "the file has a headline but no body text");
        return new Article(body, title: title.Length == 0 ? null : title, path: path);
    }
}

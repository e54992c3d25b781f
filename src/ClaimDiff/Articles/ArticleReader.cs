using System.IO.Compression;
using System.Runtime.CompilerServices;
using ClaimDiff.Internal;

namespace ClaimDiff.Articles;

/// <summary>
/// Reads <c>.html</c>/<c>.htm</c> pages, <c>.txt</c> files (first line is the headline, unless it is the only one) and <c>.json</c> files (one
/// article object or an array), each optionally gzip-compressed (<c>.gz</c>); <c>-</c> reads standard input, and an
/// <c>http</c> or <c>https</c> URL is fetched.
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
/// <para>
/// URLs: only a path the caller gives as an absolute <c>http</c> or <c>https</c> URL is fetched (nothing else touches the
/// network), one request each, within <see cref="ExtractionOptions.FetchTimeout"/> and <see cref="ExtractionOptions.MaxInputBytes"/>.
/// The server's media type picks the format (else the URL's extension, else the first bytes) and its character set
/// wins over the page's own declaration. A failure (no connection, an error status, the time or size limit) yields a
/// failed record saying so.
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
    private readonly HttpClient? _httpClient;

    /// <summary>Creates a reader with default options.</summary>
    public ArticleReader() : this(new ExtractionOptions()) { }

    /// <summary>Creates a reader with the given options (copied, so later changes do not affect it).</summary>
    /// <param name="options">The size limit and other reading options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public ArticleReader(ExtractionOptions options) : this(options, Console.OpenStandardInput) { }

    /// <summary>Creates a reader that fetches URLs with the caller's client (its proxy, headers and handlers), which it does not dispose.</summary>
    /// <param name="options">The size and time limits and other reading options (copied).</param>
    /// <param name="httpClient">The client for <c>http</c> and <c>https</c> paths; its own <see cref="HttpClient.Timeout"/> applies too.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or <paramref name="httpClient"/> is <see langword="null"/>.</exception>
    public ArticleReader(ExtractionOptions options, HttpClient httpClient) : this(options, Console.OpenStandardInput, Guard.NotNull(httpClient)) { }

    internal ArticleReader(ExtractionOptions options, Func<Stream> openStandardInput, HttpClient? httpClient = null)
    {
        _options = Guard.NotNull(options).Clone();
        _openStandardInput = openStandardInput;
        _httpClient = httpClient;
    }

    /// <inheritdoc />
    /// <remarks>
    /// <c>-</c> reads standard input and guesses its format (JSON, HTML or text) from its first characters; an <c>http</c>
    /// or <c>https</c> URL is fetched.
    /// </remarks>
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
    /// <remarks>
    /// Inside a folder, no link is followed out of the given folders and no file is read twice (a link to a file or
    /// folder that is read anyway is passed over); a link that leads out of them, a broken link and a subfolder that
    /// cannot be listed each yield a failed record saying so, so that nothing is left out silently.
    /// </remarks>
    /// <param name="paths">Files, folders or <c>-</c>.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The articles; a path that does not exist yields a failed record saying "file not found".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async IAsyncEnumerable<Article> ReadAllAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Guard.NotNull(paths);
        foreach (var (path, skipped) in Expand(paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (skipped is not null)
            {
                yield return Article.Failed(path, skipped);
                continue;
            }
            await foreach (var article in ReadAsync(path, cancellationToken).ConfigureAwait(false))
                yield return article;
        }
    }

    /// <summary>
    /// Expands folders into the supported files they hold (recursively, in ordinal order of their paths); files, <c>-</c>
    /// and paths that do not exist are passed through in order, so that a missing one is reported rather than lost.
    /// </summary>
    /// <remarks>
    /// Inside a folder, links that lead out of the given folders, broken links and subfolders that cannot be listed are
    /// left out, and a file reached twice is listed once; <see cref="ReadAllAsync"/> reports what was left out.
    /// </remarks>
    /// <param name="paths">Files, folders or <c>-</c>.</param>
    /// <returns>The paths to read, one per input file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is <see langword="null"/>.</exception>
    public static IEnumerable<string> ExpandPaths(IEnumerable<string> paths)
    {
        Guard.NotNull(paths);
        return Expand(paths).Where(e => e.Skipped is null).Select(e => e.Path);
    }

    /// <summary>The paths to read, and the entries of folders left out with the reason (<c>Skipped</c>).</summary>
    internal static IEnumerable<(string Path, string? Skipped)> Expand(IEnumerable<string> paths)
    {
        var list = paths.ToList();
        var roots = list.Where(p => !string.IsNullOrEmpty(p) && p != StandardInput && Directory.Exists(p))
            .Select(RealPath).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in list)
        {
            if (string.IsNullOrEmpty(path) || path == StandardInput || !Directory.Exists(path))
            {
                if (string.IsNullOrEmpty(path) || path == StandardInput || !File.Exists(path) || seen.Add(RealPath(path)))
                    yield return (path, null);
                continue;
            }
            var entries = new List<(string Path, string? Skipped)>();
            Walk(new DirectoryInfo(path), RealPath(path), roots, seen, entries);
            entries.Sort((x, y) => StringComparer.Ordinal.Compare(x.Path, y.Path));
            foreach (var entry in entries)
                yield return entry;
        }
    }

    /// <summary>Lists <paramref name="folder"/>'s entries recursively; <paramref name="real"/> is its path with every link resolved.</summary>
    private static void Walk(DirectoryInfo folder, string real, List<string> roots, HashSet<string> seen, List<(string, string?)> entries)
    {
        if (!seen.Add(Folder(real)))
            return;
        FileSystemInfo[] children;
        try
        {
            children = folder.GetFileSystemInfos();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            entries.Add((folder.FullName, e is UnauthorizedAccessException
                ? "this folder could not be listed: permission denied"
                : $"this folder could not be listed: {e.Message}"));
            return;
        }
        foreach (var child in children)
        {
            if (child is not DirectoryInfo && !IsSupported(child.Name))
                continue;
            if (child.LinkTarget is not null)
            {
                var target = child.ResolveLinkTarget(returnFinalTarget: true);
                if (target is null || !File.Exists(target.FullName) && !Directory.Exists(target.FullName))
                {
                    entries.Add((child.FullName, "a broken link: not followed"));
                    continue;
                }
                var realTarget = RealPath(target.FullName);
                if (!roots.Any(root => Inside(realTarget, root)))
                {
                    entries.Add((child.FullName, $"a link to {target.FullName}, outside the folders given: not followed"));
                    continue;
                }
                // Inside the given folders: what it leads to is read under its own path.
                continue;
            }
            // Not a link, so its real path is its name under the folder's.
            var realChild = System.IO.Path.Join(real, child.Name);
            if (child is DirectoryInfo sub)
                Walk(sub, realChild, roots, seen, entries);
            else if (seen.Add(realChild))
                entries.Add((child.FullName, null));
        }
    }

    /// <summary>The full path with every link in it resolved (the path itself when it cannot be).</summary>
    private static string RealPath(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        try
        {
            var parent = System.IO.Path.GetDirectoryName(full);
            var resolvedParent = parent is null ? null : RealPath(parent);
            var joined = resolvedParent is null ? full : System.IO.Path.Join(resolvedParent, System.IO.Path.GetFileName(full));
            FileSystemInfo info = Directory.Exists(joined) ? new DirectoryInfo(joined) : new FileInfo(joined);
            return info.LinkTarget is null ? joined : RealPath(info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? joined);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return full;
        }
    }

    private static bool Inside(string path, string root)
        => path == root || path.StartsWith(Folder(root), StringComparison.Ordinal);

    private static string Folder(string path)
        => path.EndsWith(System.IO.Path.DirectorySeparatorChar) ? path : path + System.IO.Path.DirectorySeparatorChar;

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
            if (WebInput.IsUrl(path, out var uri))
            {
                var page = await WebInput.FetchAsync(_httpClient ?? WebInput.Default, uri, path, _options.MaxInputBytes, _options.FetchTimeout, cancellationToken)
                    .ConfigureAwait(false);
                bytes = page.Bytes;
                // A .gz file served as it is (not as a content encoding, which the client undoes).
                if (uri.AbsolutePath.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) && bytes is [0x1F, 0x8B, ..])
                    bytes = await InputBytes.ReadAsync(new MemoryStream(bytes, writable: false), path, compressed: true, _options.MaxInputBytes, cancellationToken)
                        .ConfigureAwait(false);
                var format = page.Format ?? (IsSupported(uri.AbsolutePath) ? Format(uri.AbsolutePath) : InputText.Sniff(bytes));
                return Parse(path, bytes, format, page.Charset);
            }
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
                // Pipes, sockets and devices report no length, like an empty file: opening one could block or never end.
                if (length == 0)
                    return [Article.Failed(path, EmptyOrSpecial)];
                if (!compressed && length > _options.MaxInputBytes)
                    return [Article.Failed(path, SizeLimit(length))];
                await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
                bytes = await InputBytes.ReadAsync(file, path, compressed, _options.MaxInputBytes, cancellationToken).ConfigureAwait(false);
            }
            return Parse(path, bytes, path == StandardInput ? InputText.Sniff(bytes) : Format(path));
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

    private const string EmptyOrSpecial = "the file is empty (or is a pipe, socket or device, which is not read)";

    internal string SizeLimit(long length) => $"the input is {length:N0} bytes, over the {_options.MaxInputBytes:N0}-byte limit";

    private IReadOnlyList<Article> Parse(string path, byte[] bytes, string format, string? charset = null)
    {
        switch (format)
        {
            case ".html":
                var html = InputText.DecodeHtml(bytes, path, charset);
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
        // A single line ("echo 'The minister said …' | claimdiff claims -") is the body itself, without a headline.
        if (body.Length == 0)
            return new Article(title, path: path);
        return new Article(body, title: title.Length == 0 ? null : title, path: path);
    }
}

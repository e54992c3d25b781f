using System.Net;
using System.Net.Http.Headers;
using System.Reflection;

namespace ClaimDiff.Articles;

/// <summary>Fetches an article given as an <c>http</c> or <c>https</c> URL: a time limit, a size limit and one clear error per URL.</summary>
internal static class WebInput
{
    /// <summary>What a fetch returns: the body, the format the server's media type names (null when it names none ClaimDiff reads), and its character set.</summary>
    public readonly record struct Page(byte[] Bytes, string? Format, string? Charset);

    /// <summary>The client used when the caller gives none: created on the first URL, so a run without URLs opens no connection.</summary>
    private static readonly Lazy<HttpClient> SharedClient = new(CreateClient);

    public static HttpClient Default => SharedClient.Value;

    /// <summary>Whether <paramref name="path"/> is an absolute <c>http</c> or <c>https</c> URL.</summary>
    public static bool IsUrl(string path, out Uri uri)
    {
        if (Uri.TryCreate(path, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https")
        {
            uri = parsed;
            return true;
        }
        uri = null!;
        return false;
    }

    /// <summary>Fetches <paramref name="uri"/>; a failure is an <see cref="ArticleFormatException"/> whose reason is fit for a user.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (a time-out is an error, not a cancellation).</exception>
    public static async Task<Page> FetchAsync(HttpClient client, Uri uri, string path, long maxBytes, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/json;q=0.9,text/plain;q=0.8,*/*;q=0.1");
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
                throw new ArticleFormatException(path, null, $"the server answered {(int)response.StatusCode} {Reason(response)}");
            var content = response.Content.Headers;
            if (content.ContentLength is { } length && length > maxBytes)
                throw new ArticleFormatException(path, null, $"the page is {length:N0} bytes, over the {maxBytes:N0}-byte limit");
            await using var body = await response.Content.ReadAsStreamAsync(limit.Token).ConfigureAwait(false);
            var bytes = await InputBytes.ReadLimitedAsync(body, path, maxBytes, limit.Token).ConfigureAwait(false);
            if (bytes.Length == 0)
                throw new ArticleFormatException(path, 0, "the server sent an empty page");
            return new Page(bytes, FormatOf(content.ContentType), content.ContentType?.CharSet);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ArticleFormatException(path, null, $"no complete answer within {timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            throw new ArticleFormatException(path, null, $"could not be fetched: {e.Message}", e);
        }
    }

    /// <summary>The format a media type names: <c>.html</c>, <c>.json</c> or <c>.txt</c>; null for any other (the URL or the bytes decide).</summary>
    private static string? FormatOf(MediaTypeHeaderValue? type) => type?.MediaType?.ToLowerInvariant() switch
    {
        "text/html" or "application/xhtml+xml" => ".html",
        "application/json" or "text/json" => ".json",
        "text/plain" => ".txt",
        _ => null,
    };

    private static string Reason(HttpResponseMessage response)
        => string.IsNullOrWhiteSpace(response.ReasonPhrase) ? response.StatusCode.ToString() : response.ReasonPhrase;

    private static HttpClient CreateClient()
    {
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            MaxAutomaticRedirections = 10,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(15),
        };
        // The reader's own time limit applies per URL; the client's would cut a long batch.
        var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        var version = typeof(WebInput).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0";
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("ClaimDiff", version));
        return client;
    }
}

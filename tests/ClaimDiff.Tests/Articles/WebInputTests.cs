using System.Net;
using System.Net.Sockets;
using System.Text;
using ClaimDiff.Articles;

namespace ClaimDiff.Tests.Articles;

/// <summary>URL inputs, against a web server on the loopback interface: formats, character sets and each kind of failure.</summary>
public class WebInputTests
{
    private const string Body =
        "<p>The port of Kelmouth reopened on Monday after a two-week strike by dock workers, the harbour authority said.</p>" +
        "<p>Union leaders said the agreement raises pay by six percent and was approved by a large majority of members.</p>" +
        "<p>Shipping companies warned that clearing the backlog of containers could take several weeks for retailers.</p>";

    private static readonly string Page =
        "<!DOCTYPE html><html lang=\"en\"><head><title>Port reopens</title><link rel=\"canonical\" href=\"https://example.org/port\"></head>" +
        $"<body><article><h1>Port reopens after strike</h1>{Body}</article></body></html>";

    private LoopbackServer _server = null!;

    [SetUp]
    public void SetUp() => _server = new LoopbackServer();

    [TearDown]
    public void TearDown() => _server.Dispose();

    private static async Task<Article> Read(string url, ExtractionOptions? options = null, CancellationToken cancellationToken = default)
    {
        var articles = new List<Article>();
        await foreach (var article in new ArticleReader(options ?? new ExtractionOptions()).ReadAsync(url, cancellationToken))
            articles.Add(article);
        Assert.That(articles, Has.Count.EqualTo(1));
        return articles[0];
    }

    [Test]
    public async Task A_page_is_fetched_and_read_as_html_by_its_media_type()
    {
        _server.Serve("/story", "text/html; charset=utf-8", Encoding.UTF8.GetBytes(Page));
        var article = await Read(_server.Url("/story"));
        Assert.Multiple(() =>
        {
            Assert.That(article.Error, Is.Null);
            Assert.That(article.Title, Is.EqualTo("Port reopens after strike"));
            Assert.That(article.Text, Does.Contain("reopened on Monday"));
            Assert.That(article.Path, Is.EqualTo(_server.Url("/story")));
            Assert.That(article.Url, Is.EqualTo("https://example.org/port"), "the page's canonical URL");
        });
    }

    [Test]
    public async Task The_servers_character_set_wins_over_none_in_the_page()
    {
        var latin = Page.Replace("Kelmouth", "Kélmouth", StringComparison.Ordinal);
        _server.Serve("/latin", "text/html; charset=ISO-8859-1", Encoding.Latin1.GetBytes(latin));
        var article = await Read(_server.Url("/latin"));
        Assert.That(article.Text, Does.Contain("Kélmouth"));
    }

    [Test]
    public async Task Json_is_read_by_its_media_type_and_an_unknown_type_by_its_first_bytes()
    {
        _server.Serve("/api/items", "application/json", Encoding.UTF8.GetBytes("""[{"title":"One","url":"https://news.example/one","text":"The council said the bridge will reopen in May after repairs."},{"text":"The mayor said the repairs cost four million."}]"""));
        _server.Serve("/feed", "application/octet-stream", Encoding.UTF8.GetBytes(Page));
        var articles = new List<Article>();
        await foreach (var article in new ArticleReader().ReadAllAsync([_server.Url("/api/items"), _server.Url("/feed")]))
            articles.Add(article);
        Assert.Multiple(() =>
        {
            Assert.That(articles.Select(a => a.Error), Is.All.Null);
            Assert.That(articles, Has.Count.EqualTo(3));
            Assert.That(articles[0].Title, Is.EqualTo("One"));
            Assert.That(articles[0].Url, Is.EqualTo("https://news.example/one"));
            Assert.That(articles[2].Title, Is.EqualTo("Port reopens after strike"));
        });
    }

    [Test]
    public async Task An_error_status_is_a_failed_record_that_names_it()
    {
        var article = await Read(_server.Url("/missing"));
        Assert.That(article.Error, Is.EqualTo("the server answered 404 Not Found"));
    }

    [Test]
    public async Task A_page_over_the_size_limit_is_refused_whether_or_not_its_length_is_sent()
    {
        var big = Encoding.UTF8.GetBytes(Page + new string(' ', 5000));
        _server.Serve("/big", "text/html", big);
        _server.Serve("/chunked", "text/html", big, chunked: true);
        var options = new ExtractionOptions { MaxInputBytes = 2000 };
        var declared = await Read(_server.Url("/big"), options);
        var streamed = await Read(_server.Url("/chunked"), options);
        Assert.Multiple(() =>
        {
            Assert.That(declared.Error, Does.Contain("over the 2,000-byte limit"));
            Assert.That(streamed.Error, Does.Contain("over the 2,000-byte limit"));
        });
    }

    [Test]
    public async Task A_slow_server_is_a_time_out_error_not_a_cancellation()
    {
        _server.Serve("/slow", "text/html", Encoding.UTF8.GetBytes(Page), delay: TimeSpan.FromSeconds(5));
        var article = await Read(_server.Url("/slow"), new ExtractionOptions { FetchTimeout = TimeSpan.FromMilliseconds(300) });
        Assert.That(article.Error, Is.EqualTo("no complete answer within 0.3 s"));
    }

    [Test]
    public void The_callers_cancellation_still_throws()
    {
        _server.Serve("/slow", "text/html", Encoding.UTF8.GetBytes(Page), delay: TimeSpan.FromSeconds(5));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        Assert.That(async () => await Read(_server.Url("/slow"), cancellationToken: cancel.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task A_refused_connection_is_a_failed_record()
    {
        var port = LoopbackServer.FreePort();
        var article = await Read($"http://127.0.0.1:{port}/story");
        Assert.That(article.Error, Does.StartWith("could not be fetched: "));
    }

    [Test]
    public async Task A_gzip_file_served_as_it_is_is_decompressed()
    {
        using var packed = new MemoryStream();
        await using (var gzip = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(Page));
        _server.Serve("/archive/story.html.gz", "application/gzip", packed.ToArray());
        var article = await Read(_server.Url("/archive/story.html.gz"));
        Assert.That(article.Text, Does.Contain("reopened on Monday"));
    }

    [Test]
    public async Task The_callers_client_is_used()
    {
        _server.Serve("/story", "text/html", Encoding.UTF8.GetBytes(Page));
        using var client = new HttpClient();
        client.DefaultRequestHeaders.Add("X-Newsroom", "desk-7");
        await foreach (var _ in new ArticleReader(new ExtractionOptions(), client).ReadAsync(_server.Url("/story")))
        {
        }
        Assert.That(_server.LastHeader("X-Newsroom"), Is.EqualTo("desk-7"));
    }

    [Test]
    public void A_fetch_time_limit_must_be_positive()
        => Assert.That(() => new ExtractionOptions { FetchTimeout = TimeSpan.Zero }, Throws.InstanceOf<ArgumentOutOfRangeException>());

    /// <summary>An <see cref="HttpListener"/> on 127.0.0.1 that serves fixed responses by path (404 for any other).</summary>
    private sealed class LoopbackServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Dictionary<string, (string Type, byte[] Body, bool Chunked, TimeSpan Delay)> _routes = new(StringComparer.Ordinal);
        private readonly CancellationTokenSource _stop = new();
        private readonly int _port = FreePort();
        private volatile NameValueCollectionSnapshot? _last;

        public LoopbackServer()
        {
            _listener.Prefixes.Add($"http://127.0.0.1:{_port}/");
            _listener.Start();
            _ = Task.Run(LoopAsync);
        }

        public static int FreePort()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }

        public string Url(string path) => $"http://127.0.0.1:{_port}{path}";

        public void Serve(string path, string type, byte[] body, bool chunked = false, TimeSpan delay = default)
        {
            lock (_routes)
                _routes[path] = (type, body, chunked, delay);
        }

        public string? LastHeader(string name) => _last?.Get(name);

        private async Task LoopAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }
                _ = Task.Run(() => RespondAsync(context));
            }
        }

        private async Task RespondAsync(HttpListenerContext context)
        {
            _last = new NameValueCollectionSnapshot(context.Request.Headers);
            var response = context.Response;
            try
            {
                (string Type, byte[] Body, bool Chunked, TimeSpan Delay) route;
                bool found;
                lock (_routes)
                    found = _routes.TryGetValue(context.Request.Url!.AbsolutePath, out route);
                if (!found)
                {
                    response.StatusCode = 404;
                    response.Close();
                    return;
                }
                if (route.Delay > TimeSpan.Zero)
                    await Task.Delay(route.Delay, _stop.Token);
                response.ContentType = route.Type;
                if (route.Chunked)
                    response.SendChunked = true;
                else
                    response.ContentLength64 = route.Body.Length;
                await response.OutputStream.WriteAsync(route.Body, _stop.Token);
                response.Close();
            }
            catch (Exception e) when (e is OperationCanceledException or HttpListenerException or ObjectDisposedException or IOException)
            {
                response.Abort();
            }
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Close();
            _stop.Dispose();
        }
    }

    /// <summary>A copy of request headers, readable after the request has ended.</summary>
    private sealed class NameValueCollectionSnapshot(System.Collections.Specialized.NameValueCollection headers)
    {
        private readonly System.Collections.Specialized.NameValueCollection _headers = new(headers);

        public string? Get(string name) => _headers.Get(name);
    }
}

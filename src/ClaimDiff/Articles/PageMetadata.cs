using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClaimDiff.Articles;

/// <summary>The metadata of a news page: title, publisher, authors, publication date, language, canonical URL.</summary>
internal sealed partial record PageMetadata(string? Title, string? Publisher, IReadOnlyList<string> Authors, DateTimeOffset? Published, string? Language, string? Url)
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "TechArticle", "ScholarlyArticle", "Report",
    };

    [GeneratedRegex(@"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? \d{1,2},? \d{4}\b|\b\d{1,2} (?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? \d{4}\b|\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateInText();

    [GeneratedRegex(@"^\s*(?:by|von|par|por|di)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();

    public static PageMetadata Read(IDocument document)
    {
        var ld = JsonLd.Read(document);
        var title = Clean(Meta(document, "og:title")) ?? ld.Headline ?? Clean(document.QuerySelector("h1")?.TextContent) ?? TitleWithoutSite(document.Title, Meta(document, "og:site_name") ?? ld.Publisher);
        var publisher = ld.Publisher ?? Clean(Meta(document, "og:site_name")) ?? Clean(Meta(document, "application-name"));
        IReadOnlyList<string> authors = ld.Authors.Count > 0 ? ld.Authors : MetaAuthors(document);
        var published = ParseDate(ld.Published) ?? ParseDate(Meta(document, "article:published_time")) ?? ParseDate(Meta(document, "og:published_time"))
            ?? ParseDate(Meta(document, "date")) ?? ParseDate(Meta(document, "pubdate")) ?? ParseDate(Meta(document, "publishdate"))
            ?? ParseDate(Meta(document, "dc.date")) ?? ParseDate(Meta(document, "sailthru.date")) ?? TimeElement(document) ?? BylineDate(document);
        var language = Clean(document.DocumentElement?.GetAttribute("lang")) ?? Clean(Meta(document, "og:locale")?.Replace('_', '-'))
            ?? Clean(document.QuerySelector("meta[http-equiv='content-language' i]")?.GetAttribute("content"));
        var url = Clean(document.QuerySelector("link[rel='canonical' i]")?.GetAttribute("href")) ?? Clean(Meta(document, "og:url")) ?? ld.Url;
        return new PageMetadata(title, publisher, authors, published, language, url);
    }

    /// <summary>
    /// <paramref name="url"/> as an absolute <c>http</c> or <c>https</c> address: as it is, or resolved against
    /// <paramref name="path"/> when that is one (a page fetched from the web); null for anything else.
    /// </summary>
    internal static string? AbsoluteUrl(string? url, string? path)
    {
        if (string.IsNullOrWhiteSpace(url))
            return null;
        Uri? resolved = null;
        if (Uri.TryCreate(url.Trim(), UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
            resolved = absolute;
        else if (path is not null && Uri.TryCreate(path, UriKind.Absolute, out var page) && page.Scheme is "http" or "https"
            && Uri.TryCreate(page, url.Trim(), out var relative) && relative.Scheme is "http" or "https")
            resolved = relative;
        return resolved?.AbsoluteUri;
    }

    internal static string? Meta(IDocument document, string key)
    {
        foreach (var meta in document.GetElementsByTagName("meta"))
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (name is not null && name.Equals(key, StringComparison.OrdinalIgnoreCase) && Clean(meta.GetAttribute("content")) is { } content)
                return content;
        }
        return null;
    }

    private static List<string> MetaAuthors(IDocument document)
    {
        var authors = new List<string>();
        foreach (var meta in document.GetElementsByTagName("meta"))
        {
            var name = meta.GetAttribute("name") ?? meta.GetAttribute("property");
            if (name is not null && (name.Equals("author", StringComparison.OrdinalIgnoreCase) || name.Equals("article:author", StringComparison.OrdinalIgnoreCase)
                || name.Equals("dc.creator", StringComparison.OrdinalIgnoreCase) || name.Equals("sailthru.author", StringComparison.OrdinalIgnoreCase)))
                AddAuthor(authors, meta.GetAttribute("content"));
        }
        if (authors.Count > 0)
            return authors;
        foreach (var element in document.QuerySelectorAll("[rel='author'], [itemprop='author'], .byline, .author, .article-author, .by-author"))
        {
            if (authors.Count > 0)
                break;
            AddAuthor(authors, Clean(element.QuerySelector("[itemprop='name']")?.TextContent) ?? element.TextContent);
        }
        return authors;
    }

    internal static void AddAuthor(List<string> authors, string? raw)
    {
        var name = Clean(raw);
        if (name is null || name.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            return;
        name = ByPrefix().Replace(name, string.Empty);
        var date = DateInText().Match(name);
        if (date.Success)
            name = name[..date.Index].TrimEnd(' ', ',', '|', '-', '–', '—', '·');
        foreach (var part in name.Split([" and ", " & ", ", "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.Length is > 1 and < 80 && !authors.Contains(part, StringComparer.Ordinal))
                authors.Add(part);
        }
    }

    private static DateTimeOffset? TimeElement(IDocument document)
    {
        foreach (var time in document.QuerySelectorAll("time[datetime], [itemprop='datePublished']"))
        {
            if (ParseDate(time.GetAttribute("datetime") ?? time.GetAttribute("content") ?? time.TextContent) is { } date)
                return date;
        }
        return null;
    }

    private static DateTimeOffset? BylineDate(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll(".byline, .dateline, .date, .published, .pubdate, .timestamp, .post-date, .entry-date, .article-date, time"))
        {
            var match = DateInText().Match(element.TextContent);
            if (match.Success && ParseDate(match.Value) is { } date)
                return date;
        }
        return null;
    }

    internal static DateTimeOffset? ParseDate(string? value)
    {
        value = Clean(value);
        if (value is null)
            return null;
        var styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, styles, out var date))
            return date;
        var match = DateInText().Match(value);
        if (match.Success && DateTimeOffset.TryParse(match.Value.Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture, styles, out date))
            return date;
        return null;
    }

    private static string? TitleWithoutSite(string? title, string? site)
    {
        title = Clean(title);
        if (title is null)
            return null;
        foreach (var separator in new[] { " | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · " })
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
                continue;
            var before = title[..at].Trim();
            var after = title[(at + separator.Length)..].Trim();
            if (site is not null && before.Contains(site, StringComparison.OrdinalIgnoreCase) && !after.Contains(site, StringComparison.OrdinalIgnoreCase))
                return after;
            if (site is not null && after.Contains(site, StringComparison.OrdinalIgnoreCase))
                return before;
            // No site name to go by: the site is the shorter part ("Harbour Notes :: Fishing quotas cut again").
            return WordCount(after) > WordCount(before) ? after : before;
        }
        return title;
    }

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>A date in the opening lines of the article text ("Posted 12 February 2024"), for pages that declare none.</summary>
    internal static DateTimeOffset? DateNearStart(string text)
    {
        var match = DateInText().Match(text.Length > 300 ? text[..300] : text);
        return match.Success ? ParseDate(match.Value) : null;
    }

    internal static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        return string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>What the page's JSON-LD says about the article, tolerant of <c>@graph</c>, arrays and broken JSON.</summary>
    private sealed record JsonLd(string? Headline, string? Publisher, List<string> Authors, string? Published, string? Url)
    {
        public static JsonLd Read(IDocument document)
        {
            var result = new JsonLd(null, null, [], null, null);
            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json' i]"))
            {
                var json = script.TextContent.Trim();
                if (json.StartsWith("<![CDATA[", StringComparison.Ordinal))
                    json = json[9..].Replace("]]>", "", StringComparison.Ordinal);
                JToken root;
                try
                {
                    using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, MaxDepth = 256 };
                    root = JToken.ReadFrom(reader, new JsonLoadSettings { CommentHandling = CommentHandling.Ignore, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Ignore });
                }
                catch (JsonException)
                {
                    continue;
                }
                // Explicit stack: JSON-LD graphs can nest, and broken pages can nest deeply.
                var stack = new Stack<JToken>();
                stack.Push(root);
                while (stack.Count > 0)
                {
                    var token = stack.Pop();
                    if (token is JArray array)
                    {
                        for (var i = array.Count - 1; i >= 0; i--)
                            stack.Push(array[i]);
                        continue;
                    }
                    if (token is not JObject o)
                        continue;
                    if (o["@graph"] is JArray graph)
                        stack.Push(graph);
                    if (!IsArticle(o["@type"]))
                        continue;
                    result = result with
                    {
                        Headline = result.Headline ?? Clean(Text(o["headline"]) ?? Text(o["name"])),
                        Publisher = result.Publisher ?? Clean(o["publisher"] is JObject p ? Text(p["name"]) : o["publisher"] is JArray pa ? Text(pa.FirstOrDefault()?["name"]) : Text(o["publisher"])),
                        Published = result.Published ?? Text(o["datePublished"]) ?? Text(o["dateCreated"]),
                        Url = result.Url ?? Text(o["url"]) ?? Text(o["mainEntityOfPage"] is JObject m ? m["@id"] : o["mainEntityOfPage"]),
                    };
                    if (result.Authors.Count == 0)
                    {
                        foreach (var author in o["author"] is JArray authors ? authors.ToList() : o["author"] is { } one ? [one] : [])
                            AddAuthor(result.Authors, author is JObject a ? Text(a["name"]) : Text(author));
                    }
                }
            }
            return result;
        }

        private static bool IsArticle(JToken? type) => type switch
        {
            JValue { Type: JTokenType.String } v => ArticleTypes.Contains((string)v!),
            JArray a => a.Any(IsArticle),
            _ => false,
        };

        private static string? Text(JToken? token) => token is JValue { Value: not null } v ? Convert.ToString(v.Value, CultureInfo.InvariantCulture) : null;
    }
}

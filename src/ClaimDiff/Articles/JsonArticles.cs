using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClaimDiff.Articles;

/// <summary>Reads articles from JSON: one object or an array of objects with the fields <c>claimdiff extract</c> prints.</summary>
internal static class JsonArticles
{
    public static List<Article> Parse(string json, string? path)
    {
        JToken root;
        try
        {
            // Dates stay strings so that their offsets survive; the depth limit keeps hostile nesting cheap.
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, MaxDepth = 64 };
            root = JToken.ReadFrom(reader);
            if (reader.Read() && reader.TokenType != JsonToken.Comment)
                throw new JsonReaderException($"Additional text found after the end of the JSON value.", reader.Path, reader.LineNumber, reader.LinePosition, null);
        }
        catch (JsonReaderException e)
        {
            // Newtonsoft appends "Path '…', line N, position M." to its message; the location is given once, up front.
            var what = e.Message;
            var cut = what.IndexOf(" Path '", StringComparison.Ordinal);
            if (cut > 0)
                what = what[..cut];
            throw new ArticleFormatException(path, null, $"invalid JSON at line {e.LineNumber}, position {e.LinePosition}: {what.TrimEnd('.')}", e);
        }
        var items = root switch
        {
            JArray array => array.ToList(),
            JObject => [root],
            _ => throw new ArticleFormatException(path, null, "expected a JSON object or an array of objects"),
        };
        var articles = new List<Article>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not JObject o)
            {
                articles.Add(Article.Failed(path, $"item {i} is not a JSON object"));
                continue;
            }
            var text = (string?)o["text"];
            if (string.IsNullOrWhiteSpace(text))
            {
                articles.Add(Article.Failed(path, $"item {i} has no \"text\""));
                continue;
            }
            DateTimeOffset? published = o["published"] is { Type: JTokenType.String } p
                && DateTimeOffset.TryParse((string?)p, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d) ? d : null;
            articles.Add(new Article(
                text,
                id: (string?)o["id"],
                title: (string?)o["title"],
                publisher: (string?)o["publisher"],
                authors: o["authors"] is JArray a ? a.Select(x => (string?)x).OfType<string>().ToList() : null,
                published: published,
                language: (string?)o["language"],
                path: (string?)o["path"] ?? path));
        }
        return articles;
    }
}

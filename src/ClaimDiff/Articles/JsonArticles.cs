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
            string? error = null;
            var text = Field(o, "text", i, ref error);
            var id = o["id"] is { Type: JTokenType.Integer } number ? number.ToString(Formatting.None) : Field(o, "id", i, ref error);
            var title = Field(o, "title", i, ref error);
            var publisher = Field(o, "publisher", i, ref error);
            var language = Field(o, "language", i, ref error);
            var itemPath = Field(o, "path", i, ref error);
            var url = Field(o, "url", i, ref error);
            var published = Field(o, "published", i, ref error);
            var authors = o["authors"] switch
            {
                null or { Type: JTokenType.Null } => null,
                JArray list when list.All(x => x.Type is JTokenType.String or JTokenType.Null) => list.Select(x => (string?)x).OfType<string>().ToList(),
                var other => Wrong<List<string>>(ref error, i, "authors", "an array of strings", other),
            };
            if (error is null && string.IsNullOrWhiteSpace(text))
                error = $"item {i} has no \"text\"";
            if (error is not null)
            {
                articles.Add(Article.Failed(path, error));
                continue;
            }
            articles.Add(new Article(
                text!,
                id: id,
                title: title,
                publisher: publisher,
                authors: authors,
                published: published is not null && DateTimeOffset.TryParse(published, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d) ? d : null,
                language: language,
                path: itemPath ?? path,
                url: PageMetadata.AbsoluteUrl(url, null)));
        }
        return articles;
    }

    /// <summary>A text field of item <paramref name="index"/>: absent or null is <see langword="null"/>; another type than a string sets <paramref name="error"/> (the first one wins).</summary>
    private static string? Field(JObject item, string name, int index, ref string? error) => item[name] switch
    {
        null or { Type: JTokenType.Null } => null,
        { Type: JTokenType.String } value => (string?)value,
        var other => Wrong<string>(ref error, index, name, "a string", other),
    };

    private static T? Wrong<T>(ref string? error, int index, string name, string expected, JToken found) where T : class
    {
        error ??= $"item {index}: \"{name}\" must be {expected}, not {Describe(found.Type)}";
        return null;
    }

    private static string Describe(JTokenType type) => type switch
    {
        JTokenType.Integer or JTokenType.Float => "a number",
        JTokenType.Boolean => "a boolean",
        JTokenType.Array => "an array",
        JTokenType.String => "a string",
        JTokenType.Object => "an object",
        _ => type.ToString().ToLowerInvariant(),
    };
}

using ClaimDiff.Claims;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClaimDiff.Cli.Evaluation;

/// <summary>One side of an annotated pair: a passage of one article, located by its exact wording.</summary>
internal sealed record StorySide(string ArticleId, TextRange Span, string Quote);

/// <summary>An annotated pair of passages that conflict (with the kind of conflict) or agree.</summary>
internal sealed record StoryPair(string Story, StorySide First, StorySide Second, string? Type, string? Note);

/// <summary>A multi-outlet story: its articles and the discrepancies and agreements its writer planted and annotated.</summary>
internal sealed record WrittenStory(string Name, string File, IReadOnlyList<Article> Articles, IReadOnlyList<StoryPair> Discrepancies, IReadOnlyList<StoryPair> Agreements);

/// <summary>
/// Reads the hand-written evaluation stories (<c>tests/stories/*.json</c>, format in that folder's README): each file
/// one story of several articles, with the pairs of passages that conflict and that agree.
/// </summary>
internal static class WrittenStories
{
    /// <summary>Every story in <paramref name="folder"/>, in file-name order.</summary>
    /// <exception cref="InvalidDataException">A file breaks the format; the message names the file and the field.</exception>
    public static List<WrittenStory> Load(string folder)
        => [.. Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(f => Parse(File.ReadAllText(f), Path.GetFileName(f)))];

    /// <summary>Parses one story file.</summary>
    /// <exception cref="InvalidDataException">The JSON breaks the format; the message names <paramref name="file"/> and the field.</exception>
    public static WrittenStory Parse(string json, string file)
    {
        JObject root;
        try
        {
            root = JObject.Parse(json);
        }
        catch (JsonReaderException e)
        {
            throw new InvalidDataException($"{file}: invalid JSON at line {e.LineNumber}, position {e.LinePosition}", e);
        }
        string Field(JToken token, string name, string where)
            => token[name] is { Type: JTokenType.String } value && !string.IsNullOrWhiteSpace((string?)value)
                ? (string)value!
                : throw new InvalidDataException($"{file}: {where} lacks the string \"{name}\"");
        JArray List(string name)
            => root[name] as JArray ?? throw new InvalidDataException($"{file}: lacks the array \"{name}\"");

        var articles = new List<Article>();
        foreach (var (token, i) in List("articles").Select((t, i) => (t, i)))
        {
            var where = $"articles[{i}]";
            DateTimeOffset? published = DateTimeOffset.TryParse((string?)token["published"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d) ? d : null;
            articles.Add(new Article(Field(token, "text", where), id: Field(token, "id", where), title: (string?)token["title"], publisher: Field(token, "publisher", where), published: published));
        }
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in articles)
            if (!texts.TryAdd(article.Id!, article.Text))
                throw new InvalidDataException($"{file}: the article id {article.Id} is used twice");

        var name = Field(root, "story", "the story");
        StorySide Side(JToken pair, string key, string where)
        {
            var side = pair[key] ?? throw new InvalidDataException($"{file}: {where} lacks \"{key}\"");
            var id = Field(side, "article", $"{where}.{key}");
            var quote = Field(side, "quote", $"{where}.{key}");
            if (!texts.TryGetValue(id, out var text))
                throw new InvalidDataException($"{file}: {where}.{key} names the article {id}, which the story lacks");
            var at = text.IndexOf(quote, StringComparison.Ordinal);
            if (at < 0 || text.IndexOf(quote, at + 1, StringComparison.Ordinal) >= 0)
                throw new InvalidDataException($"{file}: {where}.{key}: the quote must occur exactly once in {id}: \"{quote}\"");
            return new StorySide(id, new TextRange(at, at + quote.Length), quote);
        }
        List<StoryPair> Pairs(string key, bool typed)
            => [.. List(key).Select((p, i) => new StoryPair(name, Side(p, "first", $"{key}[{i}]"), Side(p, "second", $"{key}[{i}]"),
                typed ? Field(p, "type", $"{key}[{i}]") : null, (string?)p["note"]))];
        return new WrittenStory(name, file, articles, Pairs("discrepancies", typed: true), Pairs("agreements", typed: false));
    }
}

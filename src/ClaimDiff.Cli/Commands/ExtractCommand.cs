using System.CommandLine;
using ClaimDiff.Reports;
using Newtonsoft.Json.Linq;

namespace ClaimDiff.Cli.Commands;

/// <summary><c>claimdiff extract PATH...</c>: one JSON object per article.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = CliOptions.Paths();
        var output = CliOptions.Out();
        var command = new Command("extract", "Read articles and print one JSON object per article: path, title, text, publisher, authors, published, language, url, error.")
        {
            paths, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var writer = CliOptions.OpenOutput(parse.GetValue(output), parse.GetValue(paths));
            var tally = new ArticleInputs.Tally();
            await foreach (var article in ArticleInputs.ReadAsync(parse.GetValue(paths)!, cancellationToken, tally))
                CliOptions.WriteLine(writer, ToJson(article));
            writer.Commit();
            return tally.ExitCode();
        });
        return command;
    }

    public static JObject ToJson(Article article) => new()
    {
        ["path"] = article.Path,
        ["title"] = article.Title,
        ["text"] = article.Error is null ? article.Text : null,
        ["publisher"] = article.Publisher,
        ["authors"] = new JArray(article.Authors),
        ["published"] = JsonReportWriter.IsoDate(article.Published),
        ["url"] = article.Url,
        ["language"] = article.Language,
        ["error"] = article.Error,
    };
}

using System.CommandLine;
using ClaimDiff.Reports;
using ClaimDiff.Text;
using Newtonsoft.Json.Linq;

namespace ClaimDiff.Cli.Commands;

/// <summary><c>claimdiff claims PATH...</c>: one JSON object per claim.</summary>
internal static class ClaimsCommand
{
    public static Command Create()
    {
        var paths = CliOptions.Paths();
        var output = CliOptions.Out();
        var checkWorthiness = CliOptions.CheckWorthiness();
        var command = new Command("claims", "Find the claims in articles and print one JSON object per claim: id, article, text, source, cue, modality, polarity, quantities, dates, entities, start, end.")
        {
            paths, output, checkWorthiness,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!CliOptions.TryLoadCheckWorthiness(parse.GetValue(checkWorthiness), out var model))
                return 2;
            var pipeline = model is null ? ClaimDiffer.Default : new ClaimDiffPipelineBuilder().Configure(o => o.Claims.CheckWorthiness = model).Build();
            using var writer = CliOptions.OpenOutput(parse.GetValue(output), parse.GetValue(paths));
            var number = 0;
            var tally = new ArticleInputs.Tally();
            await foreach (var article in ArticleInputs.ReadAsync(parse.GetValue(paths)!, cancellationToken, tally))
            {
                if (article.Error is not null)
                    continue;
                if (LanguageCheck.WhyNotEnglish(article.Text) is { } notEnglish)
                {
                    CliOptions.Warn($"{article.Path ?? article.Id}: {notEnglish}");
                    continue;
                }
                var id = article.Id ?? "a" + ++number;
                foreach (var claim in pipeline.ExtractClaims(article.With(id: id)))
                {
                    var fields = JsonReportWriter.ClaimJson(claim, null);
                    fields.Remove("id");
                    fields.Remove("articleId");
                    fields.Remove("subjectId");
                    var json = new JObject { ["id"] = $"{id}.{claim.Id}", ["article"] = article.Path ?? id };
                    json.Merge(fields);
                    CliOptions.WriteLine(writer, json);
                }
            }
            writer.Commit();
            return tally.ExitCode();
        });
        return command;
    }
}

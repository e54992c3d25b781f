using System.CommandLine;
using System.Globalization;
using ClaimDiff.MiniLM;
using ClaimDiff.Subjects;

namespace ClaimDiff.Cli.Commands;

/// <summary><c>claimdiff analyze PATH... [--format json|md|html] [--embedder tfidf|minilm] [--out FILE]</c>: the full report.</summary>
internal static class AnalyzeCommand
{
    /// <summary>The formats of the default pipeline's report writers; listed here so that parsing the command line loads no model.</summary>
    private static readonly string[] Formats = ["json", "md", "html"];

    public static Command Create()
    {
        var paths = CliOptions.Paths();
        var output = CliOptions.Out();
        var format = new Option<string>("--format", "-f") { Description = "Report format.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong(Formats);
        var subjectThreshold = CliOptions.SubjectThreshold();
        var comparison = new CliOptions.ComparisonTuning();
        var embedder = CliOptions.Embedder();
        var command = new Command("analyze", "Analyse articles: claims, sources, subjects, discrepancies and agreements, as one report.")
        {
            paths, format, output, subjectThreshold, embedder,
        };
        foreach (var option in comparison.All)
            command.Options.Add(option);
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var writer = CliOptions.OpenOutput(parse.GetValue(output), parse.GetValue(paths));
            var pipeline = Pipeline(parse, embedder, subjectThreshold, comparison);
            // Articles are read through the pipeline's reader and analysed as they come (their texts are not kept).
            var report = await ProgressDisplay.RunAsync(ProgressDisplay.Terminal(), Console.Error,
                progress => ClaimDiffer.AnalyzeFilesAsync(parse.GetValue(paths)!, pipeline, progress, cancellationToken));
            foreach (var failed in report.Articles.Where(a => a.Error is not null))
                CliOptions.Warn($"{failed.Path ?? failed.Id}: {failed.Error}");
            if (pipeline.Embedder is TimedEmbedder timed)
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"claimdiff: {timed.Texts} texts embedded with MiniLM in {timed.Elapsed.TotalSeconds:0.0} s"));
            pipeline.ReportWriters[parse.GetValue(format)!].Write(report, writer);
            writer.Commit();
            // The report is written either way (it lists each failure), but a run that analysed nothing says so.
            if (report.Articles.Count == 0)
            {
                CliOptions.Warn("no article found under the paths given (folders are read for .html, .htm, .txt and .json files, optionally .gz)");
                return 1;
            }
            if (report.Articles.All(a => a.Error is not null))
            {
                CliOptions.Warn($"none of the {report.Articles.Count} inputs could be analysed (see the errors above)");
                return 1;
            }
            return 0;
        });
        return command;
    }

    /// <summary>
    /// The pipeline the options ask for: the default one, or one with MiniLM's embedder and threshold (its time reported
    /// on stderr) and the given subject and comparison settings.
    /// </summary>
    internal static ClaimDiffPipeline Pipeline(ParseResult parse, Option<string> embedder, Option<double?> subjectThreshold, CliOptions.ComparisonTuning comparison)
    {
        var subjects = parse.GetValue(subjectThreshold);
        var miniLm = parse.GetValue(embedder) is "minilm";
        if (subjects is null && !comparison.IsGiven(parse) && !miniLm)
            return ClaimDiffer.Default;
        var builder = new ClaimDiffPipelineBuilder();
        if (miniLm)
            builder.UseMiniLM().Replace<ITextEmbedder>(new TimedEmbedder(MiniLmExtension.SharedEmbedder));
        // After UseMiniLM, so that an explicit --subject-threshold wins over MiniLM's own threshold.
        if (subjects is { } s)
            builder.Configure(o =>
            {
                if (comparison.Facts(parse))
                    o.Subjects.FactThreshold = s;
                else
                    o.Subjects.SimilarityThreshold = s;
            });
        comparison.ApplyTo(parse, builder);
        return builder.Build();
    }
}

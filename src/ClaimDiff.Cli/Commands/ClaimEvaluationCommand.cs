using System.CommandLine;
using System.Globalization;
using ClaimDiff.Claims;
using ClaimDiff.Cli.Evaluation;
using ClaimDiff.Text;

namespace ClaimDiff.Cli.Commands;

/// <summary><c>claimdiff evaluate claims --fixtures FILE</c>: claim recall, source, cue, modality, polarity, quantity and date accuracy on an annotated fixture file.</summary>
internal static class ClaimEvaluationCommand
{
    public static Command Create()
    {
        var fixtures = new Option<FileInfo>("--fixtures") { Description = "Annotated fixture file (JSON).", DefaultValueFactory = _ => new FileInfo("tests/ClaimDiff.Tests/Claims/Fixtures/attribution.json") };
        var verbose = new Option<bool>("--verbose") { Description = "List every miss." };
        var checkWorthiness = CliOptions.CheckWorthiness();
        var threshold = new Option<double>("--check-worthiness-threshold") { Description = "The score below which --check-worthiness drops a sentence.", DefaultValueFactory = _ => ClaimOptions.DefaultCheckWorthinessThreshold };
        var command = new Command("claims", "Score claim extraction and attribution on an annotated fixture file.") { fixtures, verbose, checkWorthiness, threshold };
        command.SetAction((parse, _) =>
        {
            var file = parse.GetValue(fixtures)!;
            if (!file.Exists)
            {
                CliOptions.Warn($"--fixtures: file not found: {file.FullName}");
                return Task.FromResult(2);
            }
            var cut = parse.GetValue(threshold);
            if (cut is < 0 or > 1)
            {
                CliOptions.Warn("--check-worthiness-threshold must be between 0 and 1.");
                return Task.FromResult(2);
            }
            if (!CliOptions.TryLoadCheckWorthiness(parse.GetValue(checkWorthiness), out var model))
                return Task.FromResult(2);
            var options = new ClaimOptions { CheckWorthiness = model, CheckWorthinessThreshold = cut };
            var e = ClaimEvaluation.Run(file.FullName, new ClaimExtractor(options), new SentenceSegmenter());
            string Line(string name, (int Right, int Total) x) => string.Create(CultureInfo.InvariantCulture, $"{name,-20} {ClaimEvaluation.Ratio(x):0.000}  ({x.Right}/{x.Total})");
            Console.WriteLine($"fixtures: {file.Name}" + (model is null ? "" : string.Create(CultureInfo.InvariantCulture, $", check-worthiness model {parse.GetValue(checkWorthiness)!.Name}, threshold {cut}")));
            Console.WriteLine(Line("claim recall", (e.Found, e.Expected)));
            Console.WriteLine(Line("claim precision", (e.Matched, e.Extracted)));
            Console.WriteLine(Line("source accuracy", e.Source));
            Console.WriteLine(Line("cue accuracy", e.Cue));
            Console.WriteLine(Line("modality accuracy", e.Modality));
            Console.WriteLine(Line("polarity accuracy", e.Polarity));
            Console.WriteLine(Line("quantity accuracy", e.Quantities));
            Console.WriteLine(Line("date accuracy", e.Dates));
            if (parse.GetValue(verbose))
                foreach (var miss in e.Misses)
                    Console.WriteLine("  " + miss);
            return Task.FromResult(0);
        });
        return command;
    }
}

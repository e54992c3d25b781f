using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using ClaimDiff.Articles;
using ClaimDiff.Cli.Evaluation;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ClaimDiff.Cli.Commands;

/// <summary>
/// The <c>evaluate extraction</c> command: runs <see cref="HtmlArticleExtractor"/> over the Scrapinghub/Zyte
/// article-extraction-benchmark and scores it with a port of the benchmark's own evaluate.py.
/// </summary>
internal static class ExtractionEvaluationCommand
{
    private static readonly (string Tool, string Version, double F1, double Precision, double Recall)[] Published =
    [
        ("rs_trafilatura", "9261e08", 0.970, 0.951, 0.990),
        ("trafilatura", "2.0.0", 0.958, 0.938, 0.978),
        ("readability_js", "0.6.0", 0.947, 0.914, 0.982),
        ("newspaper4k", "0.9.3.1", 0.949, 0.964, 0.934),
        ("goose3", "3.1.20", 0.896, 0.940, 0.856),
        ("html-text (full page)", "0.7.0", 0.665, 0.500, 0.994),
    ];

    public static Command Create()
    {
        var data = new Option<string>("--data")
        {
            Description = "The benchmark folder holding ground-truth.json and html/<id>.html.gz.",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "article-extraction-benchmark"),
        };
        var output = new Option<string?>("--out") { Description = "Also write the predictions in the benchmark's format ({id: {articleBody}}) to this file." };
        var worst = new Option<int>("--worst") { Description = "List the N pages with the lowest F1 (default 0)." };
        var predictionsFile = new Option<string?>("--predictions")
        {
            Description = "Score this predictions file ({id: {articleBody}}, optionally wrapped in {\"output\": …}) instead of running the extractor; checks the scoring port against other tools.",
        };
        var command = new Command("extraction", "Score article extraction on the article-extraction-benchmark (precision, recall, F1 of word 4-gram shingles) and time it.");
        command.Options.Add(data);
        command.Options.Add(output);
        command.Options.Add(worst);
        command.Options.Add(predictionsFile);
        command.SetAction((ParseResult r, CancellationToken ct) => RunAsync(r.GetValue(data)!, r.GetValue(output), r.GetValue(worst), r.GetValue(predictionsFile), ct));
        return command;
    }

    private static async Task<int> RunAsync(string data, string? output, int worst, string? predictionsFile, CancellationToken cancellationToken)
    {
        var truthPath = Path.Combine(data, "ground-truth.json");
        if (!File.Exists(truthPath))
        {
            await Console.Error.WriteLineAsync($"claimdiff: no ground-truth.json in '{data}' (pass --data with the benchmark folder)").ConfigureAwait(false);
            return 2;
        }
        var truth = JObject.Parse(await File.ReadAllTextAsync(truthPath, cancellationToken).ConfigureAwait(false));
        var ids = truth.Properties().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();

        var predictions = new Dictionary<string, string>(StringComparer.Ordinal);
        var failures = 0;
        var clock = new Stopwatch();
        long bytes = 0;
        var label = "ClaimDiff HtmlArticleExtractor";
        if (predictionsFile is not null)
        {
            var root = JObject.Parse(await File.ReadAllTextAsync(predictionsFile, cancellationToken).ConfigureAwait(false));
            var given = root["output"] as JObject ?? root;
            var givenIds = given.Properties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            if (!givenIds.SetEquals(ids))
            {
                // evaluate.py refuses to score a prediction set that does not match the ground truth.
                await Console.Error.WriteLineAsync($"claimdiff: the ids in '{predictionsFile}' do not match the ground truth").ConfigureAwait(false);
                return 2;
            }
            foreach (var id in ids)
                predictions[id] = (string?)given[id]?["articleBody"] ?? string.Empty;
            label = Path.GetFileName(predictionsFile);
            failures = predictions.Values.Count(string.IsNullOrWhiteSpace);
        }
        else
        {
            // Pages are decompressed up front so that the timing covers extraction alone.
            var pages = new List<(string Id, string Html)>(ids.Count);
            foreach (var id in ids)
            {
                var file = Path.Combine(data, "html", id + ".html.gz");
                await using var gz = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
                using var reader = new StreamReader(gz, Encoding.UTF8);
                pages.Add((id, await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false)));
            }

            var extractor = new HtmlArticleExtractor();
            clock.Start();
            foreach (var (id, html) in pages)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    predictions[id] = extractor.Extract(html, id).Text;
                }
                catch (ArticleFormatException)
                {
                    predictions[id] = string.Empty;
                    failures++;
                }
            }
            clock.Stop();
            bytes = pages.Sum(p => (long)Encoding.UTF8.GetByteCount(p.Html));
        }

        var scores = ids.Select(id => (Id: id, Score: ExtractionScore.ScorePage((string?)truth[id]?["articleBody"] ?? string.Empty, predictions[id]))).ToList();
        var corpus = ExtractionScore.Aggregate(scores.Select(s => s.Score).ToList());
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"article-extraction-benchmark: {ids.Count} pages, {ids.Count - failures} with text, {failures} answered empty"));
        Console.WriteLine();
        Console.WriteLine("| tool | version | F1 | precision | recall | accuracy |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
        var version = typeof(HtmlArticleExtractor).Assembly.GetName().Version?.ToString(3) ?? "?";
        Console.WriteLine(string.Create(c, $"| **{label} (measured)** | {(predictionsFile is null ? version : "-")} | **{corpus.F1:0.000} ± {corpus.F1Std:0.003}** | {corpus.Precision:0.000} | {corpus.Recall:0.000} | {corpus.Accuracy:0.000} |"));
        foreach (var (tool, v, f1, p, rc) in Published)
            Console.WriteLine(string.Create(c, $"| {tool} (published) | {v} | {f1:0.000} | {p:0.000} | {rc:0.000} | |"));
        Console.WriteLine();
        if (predictionsFile is null)
            Console.WriteLine(string.Create(c, $"speed: {ids.Count / clock.Elapsed.TotalSeconds:0.0} pages/s, {bytes / 1048576.0 / clock.Elapsed.TotalSeconds:0.0} MB/s of HTML ({clock.Elapsed.TotalSeconds:0.00} s for {ids.Count} pages, one thread, parse + extract)"));

        if (worst > 0)
        {
            Console.WriteLine();
            foreach (var (id, s) in scores.OrderBy(x => F1(x.Score)).Take(worst))
                Console.WriteLine(string.Create(c, $"{F1(s):0.000}  P {s.Precision:0.000}  R {s.Recall:0.000}  {id}  {(string?)truth[id]?["url"]}"));
        }
        if (output is not null)
        {
            var json = new JObject(predictions.Select(p => new JProperty(p.Key, new JObject(new JProperty("articleBody", p.Value)))));
            await File.WriteAllTextAsync(output, json.ToString(Formatting.Indented), cancellationToken).ConfigureAwait(false);
        }
        return 0;
    }

    private static double F1(PageScore s) => s.Precision + s.Recall == 0 ? 0 : 2 * s.Precision * s.Recall / (s.Precision + s.Recall);
}

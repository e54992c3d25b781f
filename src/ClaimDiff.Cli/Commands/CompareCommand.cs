using System.CommandLine;
using ClaimDiff.Comparison;
using ClaimDiff.Reports;
using Newtonsoft.Json.Linq;

namespace ClaimDiff.Cli.Commands;

/// <summary><c>claimdiff compare --pairs FILE</c>: for each <c>{"id","a","b"}</c> line, the relation of b to a.</summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var pairs = new Option<FileInfo>("--pairs") { Description = "JSON Lines file of {\"id\",\"a\",\"b\"} objects; b may be a sentence or a whole article body.", Required = true };
        var output = CliOptions.Out();
        var command = new Command("compare", "Classify pairs of texts: prints {\"id\",\"label\",\"confidence\",\"scores\",\"type\",\"evidence\"} per pair; label is contradiction, agreement, neutral or unrelated; evidence lists the typed conflicts found, with their spans in a and b.")
        {
            pairs, output,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var file = parse.GetValue(pairs)!;
            if (!file.Exists)
            {
                CliOptions.Warn($"--pairs: file not found: {file.FullName}");
                return Task.FromResult(2);
            }
            var classifier = ClaimDiffer.Default.RelationClassifier;
            using var writer = CliOptions.OpenOutput(parse.GetValue(output));
            var lines = CliOptions.ReadJsonLines(file).ToList();
            var results = new JObject[lines.Count];
            Parallel.For(0, lines.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
                results[i] = Classify(classifier, lines[i].Line, lines[i].Json, lines[i].Error));
            foreach (var result in results)
                CliOptions.WriteLine(writer, result);
            return Task.FromResult(0);
        });
        return command;
    }

    private static JObject Classify(IRelationClassifier classifier, int line, JObject? json, string? error)
    {
        var id = json?["id"];
        var a = json?["a"]?.Type == JTokenType.String ? (string?)json["a"] : null;
        var b = json?["b"]?.Type == JTokenType.String ? (string?)json["b"] : null;
        if (error is null && (a is null || b is null))
            error = $"line {line} needs string fields \"a\" and \"b\"";
        if (error is not null)
        {
            CliOptions.Warn(error);
            return new JObject { ["id"] = id?.DeepClone(), ["error"] = error };
        }
        var relation = classifier.Classify(a!, b!);
        return new JObject
        {
            ["id"] = id?.DeepClone(),
            ["label"] = relation.Label.ToName(),
            ["confidence"] = Math.Round(relation.Confidence, 4),
            ["scores"] = new JObject(relation.Scores.OrderBy(s => s.Key).Select(s => new JProperty(s.Key.ToName(), Math.Round(s.Value, 4)))),
            ["type"] = relation.Type?.ToName(),
            ["evidence"] = new JArray(relation.Evidence.Select(JsonReportWriter.EvidenceJson)),
        };
    }
}

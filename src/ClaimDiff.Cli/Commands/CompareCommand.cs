using System.CommandLine;
using ClaimDiff.Comparison;
using ClaimDiff.Reports;
using Newtonsoft.Json.Linq;

namespace ClaimDiff.Cli.Commands;

/// <summary><c>claimdiff compare --pairs FILE</c> or <c>claimdiff compare "A" "B"</c>: for each <c>{"id","a","b"}</c> line (or the two texts), the relation of b to a.</summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var pairs = new Option<FileInfo>("--pairs") { Description = "JSON Lines file of {\"id\",\"a\",\"b\"} objects; b may be a sentence or a whole article body." };
        var texts = new Argument<string[]>("TEXT") { Description = "Instead of --pairs: two texts, a and b (one pair, id 1).", Arity = new ArgumentArity(0, 2) };
        var output = CliOptions.Out();
        var classifierName = CliOptions.Classifier();
        var fast = CliOptions.Fast();
        var command = new Command("compare", "Classify pairs of texts: prints {\"id\",\"label\",\"confidence\",\"scores\",\"type\",\"evidence\"} per pair; label is contradiction, agreement, neutral or unrelated; evidence lists the typed conflicts found, with their spans in a and b.")
        {
            pairs, texts, output, classifierName, fast,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var file = parse.GetValue(pairs);
            var given = parse.GetValue(texts) ?? [];
            if (file is null == (given.Length == 0) || given.Length == 1)
            {
                CliOptions.Warn("compare needs either --pairs FILE or two texts (compare \"A\" \"B\")");
                return Task.FromResult(2);
            }
            if (file is { Exists: false })
            {
                CliOptions.Warn($"--pairs: file not found: {file.FullName}");
                return Task.FromResult(2);
            }
            using var writer = CliOptions.OpenOutput(parse.GetValue(output), file is null ? [] : [file.FullName]);
            IRelationClassifier classifier;
            try
            {
                classifier = CliOptions.CreateClassifier(parse.GetValue(classifierName)!, fast: parse.GetValue(fast));
            }
            catch (ModelLoadException e)
            {
                CliOptions.Warn(e.Message);
                return Task.FromResult(1);
            }
            var lines = file is null ? [new Line(1, given[0], given[1], null)] : CliOptions.ReadJsonLines(file).Select(Read).ToList();
            var valid = lines.Where(l => l.Error is null).ToList();
            var relations = new Relation[valid.Count];
            // Batches of pairs, each classified at once (the cross-encoder batches them), on all cores.
            var batches = Enumerable.Range(0, valid.Count).Chunk(BatchSize).ToList();
            Parallel.ForEach(batches, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = classifier is CrossEncoderRelationClassifier ? 1 : -1 }, batch =>
            {
                var results = classifier.ClassifyAll([.. batch.Select(i => (valid[i].A!, valid[i].B!))], cancellationToken);
                for (var k = 0; k < batch.Length; k++)
                    relations[batch[k]] = results[k];
            });
            var next = 0;
            foreach (var line in lines)
            {
                if (line.Error is not null)
                {
                    CliOptions.Warn(line.Error);
                    CliOptions.WriteLine(writer, new JObject { ["id"] = line.Id?.DeepClone(), ["error"] = line.Error });
                }
                else
                    CliOptions.WriteLine(writer, Json(line.Id, relations[next++]));
            }
            writer.Commit();
            return Task.FromResult(0);
        });
        return command;
    }

    /// <summary>Pairs given to the classifier at once.</summary>
    private const int BatchSize = 256;

    private sealed record Line(JToken? Id, string? A, string? B, string? Error);

    private static Line Read((int Line, JObject? Json, string? Error) line)
    {
        var json = line.Json;
        var a = json?["a"]?.Type == JTokenType.String ? (string?)json["a"] : null;
        var b = json?["b"]?.Type == JTokenType.String ? (string?)json["b"] : null;
        var error = line.Error ?? (a is null || b is null ? $"line {line.Line} needs string fields \"a\" and \"b\"" : null);
        return new Line(json?["id"], a, b, error);
    }

    private static JObject Json(JToken? id, Relation relation) => new()
    {
        ["id"] = id?.DeepClone(),
        ["label"] = relation.Label.ToName(),
        ["confidence"] = Math.Round(relation.Confidence, 4),
        ["scores"] = new JObject(relation.Scores.OrderBy(s => s.Key).Select(s => new JProperty(s.Key.ToName(), Math.Round(s.Value, 4)))),
        ["type"] = relation.Type?.Name,
        ["evidence"] = new JArray(relation.Evidence.Select(JsonReportWriter.EvidenceJson)),
    };
}

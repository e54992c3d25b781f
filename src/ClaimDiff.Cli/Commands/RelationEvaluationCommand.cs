using System.CommandLine;
using System.Globalization;
using ClaimDiff.Comparison;
using ClaimDiff.Subjects;

namespace ClaimDiff.Cli.Commands;

/// <summary>
/// <c>claimdiff evaluate relations --data ../shared/data --set NAME</c> (or <c>--pairs FILE.jsonl</c>), with the
/// cross-encoder (default) or the lexical classifier:
/// per-label precision, recall and F1, macro-F1, accuracy, the confusion matrix, the FNC-1 relative score and pairs per second.
/// </summary>
internal static class RelationEvaluationCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "The datasets folder (needed with --set)." };
        var set = new Option<string?>("--set") { Description = "The pair set (emergent-unseen: Emergent's claim/headline pairs of the stories FNC-1 train lacks; emergent-headlines-*: their headlines against each other)." };
        set.AcceptOnlyFromAmong(RelationSets.Names);
        var pairs = new Option<FileInfo?>("--pairs") { Description = "Instead of --set: a JSON Lines file of {\"a\",\"b\",\"label\"} pairs (e.g. tools/train-relation-model/data/news-test.jsonl)." };
        var classifierName = CliOptions.Classifier();
        var fast = CliOptions.Fast();
        var model = new Option<string?>("--model") { Description = "A model file instead of the embedded one: an ONNX cross-encoder (--classifier cross-encoder) or a model zip (--classifier lexical)." };
        var frequencies = new Option<string?>("--frequencies") { Description = "The document-frequency table of a lexical --model (default: the embedded one)." };
        var modelOnly = new Option<bool>("--model-only") { Description = "Lexical classifier: use the model's probabilities alone, without the typed-evidence combination." };
        var limit = new Option<int>("--limit") { Description = "Evaluate only the first N pairs (0 = all).", DefaultValueFactory = _ => 0 };
        var sample = new Option<int>("--sample") { Description = "Evaluate a random sample of N pairs, drawn with --seed (0 = all).", DefaultValueFactory = _ => 0 };
        var parallel = new Option<bool>("--parallel") { Description = "Classify on all cores (pairs/s is then for all cores; the cross-encoder uses all cores anyway)." };
        var seed = new Option<int>("--seed") { Description = "The seed of the validation split (the training seed).", DefaultValueFactory = _ => ClaimDiffContext.DefaultSeed };
        var predictions = new Option<string?>("--predictions") { Description = "Also write each pair's gold label, predicted label and scores to this TSV file." };
        var command = new Command("relations", "Print the relation classifier's metrics on a labelled pair set.");
        foreach (var o in new Option[] { data, set, pairs, classifierName, fast, model, frequencies, modelOnly, limit, sample, parallel, seed, predictions })
            command.Options.Add(o);
        command.Validators.Add(r =>
        {
            if ((r.GetValue(set) is null) == (r.GetValue(pairs) is null))
                r.AddError("Give either --set (with --data) or --pairs.");
            else if (r.GetValue(set) is not null && r.GetValue(data) is null)
                r.AddError("--set needs --data, the datasets folder.");
        });
        command.SetAction((ParseResult r, CancellationToken ct) =>
        {
            var name = r.GetValue(set) ?? r.GetValue(pairs)!.Name;
            IReadOnlyList<RelationExample> examples;
            try
            {
                examples = r.GetValue(pairs) is { } file
                    ? RelationSets.JsonPairs(file)
                    : RelationSets.Load(r.GetValue(data)!, name, r.GetValue(seed));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                Console.Error.WriteLine($"claimdiff evaluate relations: cannot read the '{name}' set: {e.Message}");
                return Task.FromResult(2);
            }
            if (r.GetValue(limit) is > 0 and var n)
                examples = examples.Take(n).ToList();
            if (r.GetValue(sample) is > 0 and var size && size < examples.Count)
            {
                var random = new Random(r.GetValue(seed));
                examples = [.. Enumerable.Range(0, examples.Count).OrderBy(_ => random.Next()).Take(size).Order().Select(i => examples[i])];
                name += $" (random sample of {size})";
            }
            var context = new ClaimDiffContext(r.GetValue(seed));
            IRelationClassifier classifier;
            var lexical = r.GetValue(classifierName) == CliOptions.LexicalClassifier;
            try
            {
                if (lexical)
                {
                    var table = r.GetValue(frequencies) is { } f ? LoadTable(f) : null;
                    var loaded = r.GetValue(model) is { } path ? LoadModel(context, path, table) : RelationClassifier.Default;
                    classifier = r.GetValue(modelOnly) ? loaded.WithoutEvidenceCombination() : loaded;
                }
                else
                    classifier = CliOptions.CreateClassifier(CliOptions.CrossEncoderClassifier, r.GetValue(model), r.GetValue(fast));
            }
            catch (Exception e) when (e is ModelLoadException or IOException)
            {
                Console.Error.WriteLine($"claimdiff evaluate relations: {e.Message}");
                return Task.FromResult(2);
            }
            Console.Error.WriteLine($"evaluating {examples.Count} pairs of {name} with the {r.GetValue(classifierName)} classifier");
            var evaluation = context.Relations.Evaluate(classifier, examples, r.GetValue(parallel));
            Console.Out.WriteLine($"set: {name}, classifier: {r.GetValue(classifierName)}{(lexical && r.GetValue(modelOnly) ? " (model only)" : "")}{(!lexical && r.GetValue(fast) ? " (--fast)" : "")}");
            Print(Console.Out, evaluation, name.StartsWith("fnc1", StringComparison.Ordinal));
            if (r.GetValue(predictions) is { } output)
            {
                try
                {
                    WritePredictions(output, examples, evaluation);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    Console.Error.WriteLine($"claimdiff evaluate relations: cannot write '{output}': {e.Message}");
                    return Task.FromResult(2);
                }
            }
            return Task.FromResult(0);
        });
        return command;
    }

    private static DocumentFrequencies LoadTable(string path)
    {
        using var file = File.OpenRead(path);
        return DocumentFrequencies.Load(file);
    }

    private static RelationClassifier LoadModel(ClaimDiffContext context, string path, DocumentFrequencies? table)
    {
        using var file = File.OpenRead(path);
        return context.Relations.Load(file, table);
    }

    /// <summary>One line per pair: index, gold label, predicted label, the four scores, the discrepancy type, the group, the first text and the start of the second.</summary>
    private static void WritePredictions(string path, IReadOnlyList<RelationExample> examples, RelationEvaluation evaluation)
    {
        var c = CultureInfo.InvariantCulture;
        var labels = Enum.GetValues<RelationLabel>();
        using var output = new StreamWriter(path);
        output.WriteLine("index\tgold\tpredicted\t" + string.Join("\t", labels.Select(l => l.ToName())) + "\ttype\tgroup\tfirst\tsecond");
        for (var i = 0; i < examples.Count; i++)
        {
            var relation = evaluation.Relations[i];
            output.WriteLine(string.Join('\t', [
                i.ToString(c), examples[i].Label.ToName(), relation.Label.ToName(),
                .. labels.Select(l => relation.Scores.GetValueOrDefault(l).ToString("0.00000", c)),
                relation.Type?.Name ?? "", examples[i].Group ?? "", OneLine(examples[i].First), OneLine(examples[i].Second.Length <= 300 ? examples[i].Second : examples[i].Second[..300] + "…")]));
        }
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Writes the metrics as a small plain-text table.</summary>
    public static void Print(TextWriter output, RelationEvaluation e, bool fnc)
    {
        var c = CultureInfo.InvariantCulture;
        var labels = Enum.GetValues<RelationLabel>().Where(l => e.PerLabel[l].Support > 0 || Enumerable.Range(0, 4).Any(k => e.Confusion((RelationLabel)k, l) > 0)).ToList();
        output.WriteLine(string.Create(c, $"pairs: {e.Count}  accuracy: {e.Accuracy:0.0000}  macro-F1: {e.MacroF1:0.0000}  pairs/s: {e.PairsPerSecond:0}"));
        if (fnc)
            output.WriteLine(string.Create(c, $"FNC-1 relative score: {e.FncRelativeScore:0.0000}"));
        output.WriteLine(string.Create(c, $"calibration: mean confidence {e.MeanConfidence:0.0000} against accuracy {e.Accuracy:0.0000}; expected calibration error {e.ExpectedCalibrationError:0.0000} (10 bins)"));
        output.WriteLine("label          precision  recall     F1  support");
        foreach (var l in labels)
        {
            var m = e.PerLabel[l];
            output.WriteLine(string.Create(c, $"{l.ToName(),-14} {m.Precision,9:0.0000} {m.Recall,7:0.0000} {m.F1,6:0.0000} {m.Support,8}"));
        }
        output.WriteLine("contradiction when its score >= t:  " + string.Join("  ", new[] { 0.2, 0.3, 0.4, 0.5 }.Select(t =>
        {
            var m = e.ContradictionAt(t);
            return string.Create(c, $"t={t:0.0} P={m.Precision:0.000} R={m.Recall:0.000} F1={m.F1:0.000}");
        })));
        output.WriteLine("confusion (rows gold, columns predicted): " + string.Join(" ", labels.Select(l => l.ToName())));
        foreach (var gold in labels)
            output.WriteLine($"  {gold.ToName(),-14}" + string.Concat(labels.Select(p => e.Confusion(gold, p).ToString(c).PadLeft(8))));
        output.Flush();
    }
}

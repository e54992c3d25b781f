using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ClaimDiff.Comparison;

namespace ClaimDiff.Cli.Commands;

/// <summary>
/// <c>claimdiff train --data ../shared/data --out src/ClaimDiff/Resources</c>: builds the document-frequency table and trains
/// the relation model on FNC-1 train, SNLI dev and the Emergent stories of FNC-1 train, holding out 15% of the groups for validation, and writes
/// <c>relation-model.zip</c> and <c>document-frequencies.tsv.gz</c>.
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The datasets folder (holds fnc-1/, nli/ and emergent/).", Required = true };
        var output = new Option<string>("--out") { Description = "The folder to write relation-model.zip and document-frequencies.tsv.gz to.", Required = true };
        var seed = new Option<int>("--seed") { Description = "The random seed.", DefaultValueFactory = _ => ClaimDiffContext.DefaultSeed };
        var trainer = new Option<RelationTrainer>("--trainer") { Description = "lightgbm or fasttree.", DefaultValueFactory = _ => RelationTrainer.LightGbm };
        var trees = new Option<int>("--trees") { Description = "Boosting rounds.", DefaultValueFactory = _ => RelationTrainingOptions.DefaultNumberOfTrees };
        var leaves = new Option<int>("--leaves") { Description = "Leaves per tree.", DefaultValueFactory = _ => RelationTrainingOptions.DefaultNumberOfLeaves };
        var rate = new Option<double>("--learning-rate") { Description = "Boosting learning rate.", DefaultValueFactory = _ => RelationTrainingOptions.DefaultLearningRate };
        var power = new Option<double>("--class-weight-power") { Description = "0 = no class weighting, 1 = balanced.", DefaultValueFactory = _ => RelationTrainingOptions.DefaultClassWeightPower };
        var sample = new Option<double>("--sample-fraction") { Description = "The share of features and of examples each LightGBM tree learns from (1 = all).", DefaultValueFactory = _ => RelationTrainingOptions.DefaultSampleFraction };
        var noWords = new Option<bool>("--no-word-features") { Description = "Train on the pair features alone, without the word features." };
        var refit = new Option<bool>("--refit") { Description = "After validation, train again on all training data (validation part included) and save that model." };
        var sources = new Option<string[]>("--sources") { Description = "The training sources to use (fnc1, snli, emergent; default all).", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => Sources };
        sources.AcceptOnlyFromAmong(Sources);
        // RelationTrainingOptions checks each value; done while parsing, the message names the option.
        Check(trees, (o, v) => o.NumberOfTrees = v);
        Check(leaves, (o, v) => o.NumberOfLeaves = v);
        Check(rate, (o, v) => o.LearningRate = v);
        Check(power, (o, v) => o.ClassWeightPower = v);
        Check(sample, (o, v) => o.SampleFraction = v);
        var command = new Command("train", "Train the relation model and build the document-frequency table from the datasets.");
        foreach (var o in new Option[] { data, output, seed, trainer, trees, leaves, rate, power, sample, noWords, refit, sources })
            command.Options.Add(o);
        command.Subcommands.Add(CheckWorthinessCommands.Train());
        command.SetAction((ParseResult r, CancellationToken ct) =>
        {
            var dataDir = r.GetValue(data)!;
            var outDir = r.GetValue(output)!;
            var chosen = r.GetValue(sources)!;
            if (new[] { "fnc-1", "nli", "emergent" }.FirstOrDefault(d => !Directory.Exists(Path.Combine(dataDir, d))) is { } missing)
            {
                Console.Error.WriteLine($"claimdiff train: '{dataDir}' has no {missing}/ folder (it needs fnc-1/, nli/ and emergent/).");
                return Task.FromResult(2);
            }
            var options = new RelationTrainingOptions
            {
                Trainer = r.GetValue(trainer),
                NumberOfTrees = r.GetValue(trees),
                NumberOfLeaves = r.GetValue(leaves),
                LearningRate = r.GetValue(rate),
                ClassWeightPower = r.GetValue(power),
                SampleFraction = r.GetValue(sample),
                WordFeatures = !r.GetValue(noWords),
            };
            Directory.CreateDirectory(outDir);
            var context = new ClaimDiffContext(r.GetValue(seed)) { Log = new Progress(line => Console.Error.WriteLine(line)) };
            var watch = Stopwatch.StartNew();

            var frequencies = context.BuildDocumentFrequencies(RelationSets.Documents(dataDir));
            using (var file = File.Create(Path.Combine(outDir, "document-frequencies.tsv.gz")))
                frequencies.Save(file);
            Console.Error.WriteLine($"document frequencies: {frequencies.DocumentCount} documents, {frequencies.TermCount} terms");

            var parts = RelationSets.Training(dataDir).Where(p => chosen.Contains(p.Source)).ToList();
            var all = parts.SelectMany(p => p.Pairs).ToList();
            var (training, validation) = context.Split(all, RelationSets.ValidationFraction);
            Console.Error.WriteLine($"training pairs: {training.Count}, validation pairs: {validation.Count}");
            var classifier = context.Relations.Train(training, frequencies, options);
            // Split keeps the examples themselves, so each part's validation pairs are found by reference.
            var held = validation.ToHashSet(ReferenceEqualityComparer.Instance);
            foreach (var (_, name, pairs) in parts)
            {
                var part = pairs.Where(held.Contains).ToList();
                if (part.Count == 0) continue;
                var evaluation = context.Relations.Evaluate(classifier, part, parallel: true);
                Console.Out.WriteLine($"validation {name}: {part.Count} pairs");
                RelationEvaluationCommand.Print(Console.Out, evaluation, name == "fnc1");
            }
            if (r.GetValue(refit))
            {
                Console.Error.WriteLine($"refitting on all {all.Count} training pairs");
                classifier = context.Relations.Train(all, frequencies, options);
            }
            var modelPath = Path.Combine(outDir, "relation-model.zip");
            using (var file = File.Create(modelPath))
                context.Relations.Save(classifier, file);
            Console.Error.WriteLine($"wrote {modelPath} ({new FileInfo(modelPath).Length / 1024} KiB) in {watch.Elapsed.TotalSeconds:0}s total");
            return Task.FromResult(0);
        });
        return command;
    }

    private static readonly string[] Sources = ["fnc1", "snli", "emergent"];

    private static void Check<T>(Option<T> option, Action<RelationTrainingOptions, T> set)
        => option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<T>();
            try
            {
                set(new RelationTrainingOptions(), value);
            }
            catch (ArgumentOutOfRangeException e)
            {
                // The message without the parameter name the exception appends ("value", the property setter's).
                var reason = e.Message.Split(" (Parameter", 2)[0];
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{option.Name} {value}: {reason}"));
            }
        });

    private sealed class Progress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}

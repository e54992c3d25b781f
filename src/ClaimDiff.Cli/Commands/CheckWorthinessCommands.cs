using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ClaimDiff.Claims;

namespace ClaimDiff.Cli.Commands;

/// <summary>
/// <c>claimdiff train checkworthiness --data ../shared/data --out model.zip</c> and <c>claimdiff evaluate checkworthiness
/// --data ../shared/data</c>: the ClaimBuster check-worthiness model. The data's licence is unsettled, so the model is
/// trained for local use and never embedded in the package.
/// </summary>
internal static class CheckWorthinessCommands
{
    private static Option<string> Data() => new("--data") { Description = "The datasets folder (holds claimbuster/), or the claimbuster folder itself.", Required = true };

    private static Option<string> File() => new("--file") { Description = "The ClaimBuster file to use.", DefaultValueFactory = _ => CheckWorthinessSets.DefaultFile };

    private static Option<int> Seed() => new("--seed") { Description = "The random seed.", DefaultValueFactory = _ => ClaimDiffContext.DefaultSeed };

    private static Option<CheckWorthinessTrainer> Trainer() => new("--trainer") { Description = "LightGbm (the best by cross-validation on the training folds), LogisticRegression or AveragedPerceptron.", DefaultValueFactory = _ => CheckWorthinessTrainer.LightGbm };

    private static string? Resolve(string command, string data, string file)
    {
        var path = CheckWorthinessSets.Find(data, file);
        if (path is null)
            Console.Error.WriteLine($"claimdiff {command}: '{data}' has no claimbuster/{file}.");
        return path;
    }

    /// <summary><c>train checkworthiness</c>: trains on all four folds and writes the model zip.</summary>
    public static Command Train()
    {
        var data = Data();
        var file = File();
        var seed = Seed();
        var trainer = Trainer();
        var output = new Option<string>("--out") { Description = "The model zip to write (keep it out of the repository: the data's licence is unsettled).", Required = true };
        var command = new Command("checkworthiness", "Train the check-worthiness model on ClaimBuster (all folds) and write it as a zip.") { data, output, file, seed, trainer };
        command.SetAction((ParseResult r, CancellationToken ct) =>
        {
            if (Resolve("train checkworthiness", r.GetValue(data)!, r.GetValue(file)!) is not { } path)
                return Task.FromResult(2);
            var watch = Stopwatch.StartNew();
            var examples = CheckWorthinessSets.Load(path);
            var catalog = new ClaimDiffContext(r.GetValue(seed)).CheckWorthiness;
            var model = catalog.Train(CheckWorthinessSets.Pairs(examples), r.GetValue(trainer));
            var outPath = r.GetValue(output)!;
            if (Path.GetDirectoryName(Path.GetFullPath(outPath)) is { } dir)
                Directory.CreateDirectory(dir);
            using (var stream = System.IO.File.Create(outPath))
                catalog.Save(model, stream);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"trained on {examples.Count} sentences ({examples.Count(e => e.CheckWorthy)} CFS); wrote {outPath} ({new FileInfo(outPath).Length / 1024} KiB) in {watch.Elapsed.TotalSeconds:0.0}s"));
            return Task.FromResult(0);
        });
        return command;
    }

    /// <summary>
    /// <c>evaluate checkworthiness</c>: trains on folds 1–3 and reports per-class precision, recall and F1 on fold 0, then the
    /// 4-fold cross-validation mean F1 of the CFS class. <c>--compare</c> first compares the trainers by 3-fold cross-validation
    /// within folds 1–3 only, so the choice never sees the held-out fold.
    /// </summary>
    public static Command Evaluate()
    {
        var data = Data();
        var file = File();
        var seed = Seed();
        var trainer = Trainer();
        var threshold = new Option<double>("--threshold") { Description = "The score at or above which a sentence counts as CFS.", DefaultValueFactory = _ => 0.5 };
        var compare = new Option<bool>("--compare") { Description = "First compare all trainers by cross-validation on the training folds (1–3)." };
        var command = new Command("checkworthiness", "Score the check-worthiness model on ClaimBuster: held-out fold 0 and 4-fold cross-validation.") { data, file, seed, trainer, threshold, compare };
        command.SetAction((ParseResult r, CancellationToken ct) =>
        {
            if (Resolve("evaluate checkworthiness", r.GetValue(data)!, r.GetValue(file)!) is not { } path)
                return Task.FromResult(2);
            var cut = r.GetValue(threshold);
            if (cut is < 0 or > 1)
            {
                Console.Error.WriteLine("claimdiff evaluate checkworthiness: --threshold must be between 0 and 1.");
                return Task.FromResult(2);
            }
            var total = Stopwatch.StartNew();
            var examples = CheckWorthinessSets.Load(path);
            var s = r.GetValue(seed);
            var chosen = r.GetValue(trainer);
            List<CheckWorthinessSets.Example> Fold(int k, bool inFold) => [.. examples.Where(e => (CheckWorthinessSets.FoldOf(e) == k) == inFold)];
            Console.WriteLine($"data: {Path.GetFileName(path)}, {examples.Count} sentences ({examples.Count(e => e.CheckWorthy)} CFS), folds by sentence_id % 4, threshold {cut.ToString(CultureInfo.InvariantCulture)}");

            if (r.GetValue(compare))
            {
                Console.WriteLine("trainer comparison: 3-fold cross-validation within folds 1-3 (fold 0 unseen)");
                var best = (F1: -1.0, Trainer: chosen);
                foreach (var t in Enum.GetValues<CheckWorthinessTrainer>())
                {
                    var f1s = new List<double>();
                    var time = TimeSpan.Zero;
                    for (var k = 1; k < CheckWorthinessSets.Folds; k++)
                    {
                        var training = examples.Where(e => CheckWorthinessSets.FoldOf(e) is var f && f != 0 && f != k).ToList();
                        var (confusion, trainTime) = CheckWorthinessSets.TrainAndTest(training, Fold(k, true), t, s, cut);
                        f1s.Add(confusion.Scores(true).F1);
                        time += trainTime;
                    }
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {t,-19} CFS F1 {f1s.Average():0.000}  (folds {string.Join(", ", f1s.Select(f => f.ToString("0.000", CultureInfo.InvariantCulture)))})  train {time.TotalSeconds / f1s.Count:0.0}s per fold"));
                    if (f1s.Average() > best.F1)
                        best = (f1s.Average(), t);
                }
                chosen = best.Trainer;
                Console.WriteLine($"chosen: {chosen}");
            }

            var (heldOut, heldOutTime) = CheckWorthinessSets.TrainAndTest(Fold(0, false), Fold(0, true), chosen, s, cut);
            Console.WriteLine($"held-out fold 0 ({chosen}, trained on folds 1-3):");
            Console.WriteLine("  " + heldOut.Line("CFS", true));
            Console.WriteLine("  " + heldOut.Line("NCS", false));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  accuracy {heldOut.Accuracy:0.000}, training time {heldOutTime.TotalSeconds:0.0}s"));

            var cv = new List<double> { heldOut.Scores(true).F1 };
            for (var k = 1; k < CheckWorthinessSets.Folds; k++)
                cv.Add(CheckWorthinessSets.TrainAndTest(Fold(k, false), Fold(k, true), chosen, s, cut).Confusion.Scores(true).F1);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"4-fold cross-validation CFS F1: mean {cv.Average():0.000} (folds 0-3: {string.Join(", ", cv.Select(f => f.ToString("0.000", CultureInfo.InvariantCulture)))})"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"time: {total.Elapsed.TotalSeconds:0.0}s"));
            return Task.FromResult(0);
        });
        return command;
    }
}

using System.Diagnostics;
using System.Globalization;
using ClaimDiff.Claims;
using Newtonsoft.Json.Linq;

namespace ClaimDiff.Cli.Commands;

/// <summary>
/// The ClaimBuster two-class sentences (<c>claimbuster/kfold_25ncs.json</c>) split into four folds by <c>sentence_id % 4</c>;
/// fold 0 is the held-out fold. Read from the shared data folder only: the data is never copied into the repository.
/// </summary>
internal static class CheckWorthinessSets
{
    public const string DefaultFile = "kfold_25ncs.json";
    public const int Folds = 4;
    public const int HeldOutFold = 0;

    /// <summary>The claimbuster folder: <paramref name="data"/> itself or its <c>claimbuster/</c> subfolder; null when neither holds <paramref name="file"/>.</summary>
    public static string? Find(string data, string file)
    {
        foreach (var dir in new[] { Path.Combine(data, "claimbuster"), data })
            if (File.Exists(Path.Combine(dir, file)))
                return Path.Combine(dir, file);
        return null;
    }

    public static List<Example> Load(string path)
    {
        var examples = new List<Example>();
        foreach (var item in JArray.Parse(File.ReadAllText(path)))
            examples.Add(new Example((int)item["sentence_id"]!, (string)item["text"]!, (int)item["label"]! == 1));
        return examples;
    }

    public static int FoldOf(Example e) => e.Id % Folds;

    public static IEnumerable<(string, bool)> Pairs(IEnumerable<Example> examples) => examples.Select(e => (e.Text, e.CheckWorthy));

    /// <summary>Trains on <paramref name="training"/>, scores <paramref name="test"/>, and returns the confusion counts and training time.</summary>
    public static (Confusion Confusion, TimeSpan TrainTime) TrainAndTest(List<Example> training, List<Example> test, CheckWorthinessTrainer trainer, int seed, double threshold)
    {
        var watch = Stopwatch.StartNew();
        var model = new ClaimDiffContext(seed).CheckWorthiness.Train(Pairs(training), trainer);
        var trainTime = watch.Elapsed;
        var confusion = new Confusion();
        foreach (var e in test)
            confusion.Add(e.CheckWorthy, model.Score(e.Text) >= threshold);
        return (confusion, trainTime);
    }

    internal readonly record struct Example(int Id, string Text, bool CheckWorthy);

    internal sealed class Confusion
    {
        public int TruePositive { get; private set; }
        public int FalsePositive { get; private set; }
        public int FalseNegative { get; private set; }
        public int TrueNegative { get; private set; }

        public void Add(bool actual, bool predicted)
        {
            if (actual && predicted) TruePositive++;
            else if (predicted) FalsePositive++;
            else if (actual) FalseNegative++;
            else TrueNegative++;
        }

        /// <summary>Precision, recall and F1 of the positive (CFS) class, or of the negative (NCS) class.</summary>
        public (double Precision, double Recall, double F1) Scores(bool positive)
        {
            var (tp, fp, fn) = positive ? (TruePositive, FalsePositive, FalseNegative) : (TrueNegative, FalseNegative, FalsePositive);
            var p = tp + fp == 0 ? 0 : tp / (double)(tp + fp);
            var r = tp + fn == 0 ? 0 : tp / (double)(tp + fn);
            return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }

        public double Accuracy => (TruePositive + TrueNegative) / (double)Math.Max(1, TruePositive + FalsePositive + FalseNegative + TrueNegative);

        public string Line(string name, bool positive)
        {
            var (p, r, f) = Scores(positive);
            var support = positive ? TruePositive + FalseNegative : TrueNegative + FalsePositive;
            return string.Create(CultureInfo.InvariantCulture, $"{name,-5} precision {p:0.000}  recall {r:0.000}  F1 {f:0.000}  (support {support})");
        }
    }
}

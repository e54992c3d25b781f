using System.Globalization;
using System.Text;

namespace ClaimDiff.Cli.Evaluation;

/// <summary>The precision and recall of one page, as the article-extraction-benchmark's evaluate.py computes them.</summary>
internal readonly record struct PageScore(double Precision, double Recall, bool PredictionHasShingles, bool TruthHasShingles, bool Exact);

/// <summary>Corpus-level scores: mean per-page precision and recall, their harmonic mean, and bootstrap deviations.</summary>
internal sealed record CorpusScore(int Pages, double Precision, double Recall, double F1, double Accuracy, double F1Std, double PrecisionStd, double RecallStd);

/// <summary>
/// A port of the scoring in scrapinghub/article-extraction-benchmark's evaluate.py: bags of word 4-gram shingles over
/// <c>\w+</c> tokens (case kept), per-page TP/FP/FN normalised by their sum, corpus precision and recall as the means of
/// per-page values, F1 as their harmonic mean, and a 1,000-resample bootstrap for the deviations.
/// </summary>
internal static class ExtractionScore
{
    private const int ShingleSize = 4;

    /// <summary>Python's <c>\w</c> for str patterns: letters, numbers (Nd, Nl, No) and the underscore. Marks are not word characters there.</summary>
    private static bool IsWordRune(Rune r) => r.Value == '_' || Rune.GetUnicodeCategory(r) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };

    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0)
            tokens.Add(current.ToString());
        return tokens;
    }

    public static Dictionary<string, int> Shingles(IReadOnlyList<string> tokens)
    {
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
            return bag;
        var windows = Math.Max(1, tokens.Count - ShingleSize + 1);
        for (var i = 0; i < windows; i++)
        {
            // U+0001 cannot occur in a \w token, so joined shingles are unambiguous.
            var key = string.Join('\u0001', tokens.Skip(i).Take(ShingleSize));
            bag[key] = bag.GetValueOrDefault(key) + 1;
        }
        return bag;
    }

    public static PageScore ScorePage(string truth, string prediction)
    {
        var truthTokens = Tokenize(truth);
        var predTokens = Tokenize(prediction);
        var t = Shingles(truthTokens);
        var p = Shingles(predTokens);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, count) in p)
        {
            var inTruth = t.GetValueOrDefault(key);
            tp += Math.Min(count, inTruth);
            fp += Math.Max(0, count - inTruth);
        }
        foreach (var (key, count) in t)
            fn += Math.Max(0, count - p.GetValueOrDefault(key));
        var predHas = tp + fp > 0;
        var truthHas = tp + fn > 0;
        var sum = tp + fp + fn;
        if (sum > 0)
        {
            tp /= sum;
            fp /= sum;
            fn /= sum;
        }
        double precision, recall;
        if (fp == 0 && fn == 0)
        {
            precision = recall = 1;
        }
        else
        {
            precision = tp + fp == 0 ? 0 : tp / (tp + fp);
            recall = tp + fn == 0 ? 0 : tp / (tp + fn);
        }
        return new PageScore(precision, recall, predHas, truthHas, truthTokens.SequenceEqual(predTokens, StringComparer.Ordinal));
    }

    public static CorpusScore Aggregate(IReadOnlyList<PageScore> pages, int resamples = 1000, int seed = 42)
    {
        var (precision, recall, f1, accuracy) = Metrics(pages);
        var random = new Random(seed);
        var f1s = new double[resamples];
        var ps = new double[resamples];
        var rs = new double[resamples];
        var sample = new PageScore[pages.Count];
        for (var i = 0; i < resamples; i++)
        {
            for (var j = 0; j < sample.Length; j++)
                sample[j] = pages[random.Next(pages.Count)];
            (ps[i], rs[i], f1s[i], _) = Metrics(sample);
        }
        return new CorpusScore(pages.Count, precision, recall, f1, accuracy, Std(f1s), Std(ps), Std(rs));
    }

    private static (double Precision, double Recall, double F1, double Accuracy) Metrics(IReadOnlyList<PageScore> pages)
    {
        var withPred = pages.Where(p => p.PredictionHasShingles).ToList();
        var withTruth = pages.Where(p => p.TruthHasShingles).ToList();
        var precision = withPred.Count == 0 ? 0 : withPred.Average(p => p.Precision);
        var recall = withTruth.Count == 0 ? 0 : withTruth.Average(p => p.Recall);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var accuracy = pages.Count == 0 ? 0 : pages.Count(p => p.Exact) / (double)pages.Count;
        return (precision, recall, f1, accuracy);
    }

    private static double Std(double[] values)
    {
        if (values.Length == 0)
            return 0;
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Length);
    }
}

using System.Text;
using System.Text.RegularExpressions;
using ClaimDiff.Comparison;

namespace ClaimDiff.Cli.Evaluation;

/// <summary>
/// Reads the labelled pair datasets of <c>../shared/data</c> into <see cref="RelationExample"/>s. The datasets are never
/// shipped; these loaders are for <c>claimdiff train</c> and <c>claimdiff evaluate relations</c>.
/// </summary>
internal static partial class RelationDatasets
{
    /// <summary>FNC-1 (headline, body) pairs of a split: <c>train</c> or <c>competition_test</c>. Group = the body id.</summary>
    public static List<RelationExample> Fnc1(string dataDirectory, string split)
    {
        var folder = Path.Combine(dataDirectory, "fnc-1");
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var reader = new StreamReader(Path.Combine(folder, split + "_bodies.csv"), Encoding.UTF8))
            foreach (var row in Csv.Read(reader).Skip(1))
                if (row.Length >= 2) bodies[row[0]] = row[1];
        var examples = new List<RelationExample>();
        using (var reader = new StreamReader(Path.Combine(folder, split + "_stances.csv"), Encoding.UTF8))
        {
            foreach (var row in Csv.Read(reader).Skip(1))
            {
                if (row.Length < 3) continue;
                if (!bodies.TryGetValue(row[1], out var body))
                    throw new InvalidDataException($"FNC-1 {split}: body id {row[1]} has no body.");
                examples.Add(new RelationExample(row[0], body, RelationLabels.Parse(row[2]), "fnc1:" + row[1]));
            }
        }
        return examples;
    }

    /// <summary>The FNC-1 bodies of a split (for the document-frequency table).</summary>
    public static List<string> Fnc1Bodies(string dataDirectory, string split)
    {
        using var reader = new StreamReader(Path.Combine(dataDirectory, "fnc-1", split + "_bodies.csv"), Encoding.UTF8);
        return Csv.Read(reader).Skip(1).Where(r => r.Length >= 2).Select(r => r[1]).ToList();
    }

    /// <summary>
    /// Emergent (claim, article headline) pairs of both splits: the article's stance (for, against, observing) towards a
    /// rumoured claim. Group = the claim id. Emergent overlaps FNC-1, which was built from it.
    /// </summary>
    public static List<RelationExample> Emergent(string dataDirectory)
    {
        var examples = new List<RelationExample>();
        using var reader = new StreamReader(Path.Combine(dataDirectory, "emergent", "url-versions-2015-06-14-clean.csv"), Encoding.UTF8);
        var rows = Csv.Read(reader).ToList();
        var header = rows.Count > 0 ? rows[0] : throw new InvalidDataException("Emergent: the file is empty.");
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i
            : throw new InvalidDataException($"Emergent: the header has no '{name}' column.");
        int claim = Column("claimHeadline"), headline = Column("articleHeadline"), stance = Column("articleHeadlineStance"), id = Column("claimId");
        foreach (var row in rows.Skip(1))
            if (row.Length > Math.Max(Math.Max(claim, headline), Math.Max(stance, id)))
                examples.Add(new RelationExample(row[claim], row[headline], RelationLabels.Parse(row[stance]), "emergent:" + row[id]));
        return examples;
    }

    /// <summary>SNLI pairs of <c>snli_dev.tsv</c> or <c>snli_test.tsv</c>, detokenised, with their e-SNLI explanations. Group = the row.</summary>
    public static List<RelationExample> Snli(string dataDirectory, string split)
    {
        var examples = new List<RelationExample>();
        foreach (var line in File.ReadLines(Path.Combine(dataDirectory, "nli", $"snli_{split}.tsv"), Encoding.UTF8).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length < 4) continue;
            examples.Add(new RelationExample(Detokenize(f[1]), Detokenize(f[2]), RelationLabels.Parse(f[3]), "snli:" + f[0])
            {
                Explanations = f.Length > 4 ? [.. f[4..].Where(x => x.Length > 0).Select(Detokenize)] : null,
            });
        }
        return examples;
    }

    /// <summary>SICK pairs of one SemEval set (TRAIN, TRIAL, TEST), with Kalouli et al.'s corrected labels. Group = the pair id.</summary>
    public static List<RelationExample> Sick(string dataDirectory, string set)
    {
        var folder = Path.Combine(dataDirectory, "sick");
        var corrected = File.ReadLines(Path.Combine(folder, "SICK_kalouli_corrected_labels.tsv")).Skip(1)
            .Select(l => l.Split('\t')).Where(f => f.Length >= 4).ToDictionary(f => f[0], f => f[3], StringComparer.Ordinal);
        var examples = new List<RelationExample>();
        foreach (var line in File.ReadLines(Path.Combine(folder, "SICK.txt")).Skip(1))
        {
            var f = line.TrimEnd('\r').Split('\t');
            if (f.Length < 12 || !string.Equals(f[11], set, StringComparison.OrdinalIgnoreCase)) continue;
            var label = corrected.GetValueOrDefault(f[0], f[3]);
            examples.Add(new RelationExample(f[1], f[2], RelationLabels.Parse(label), "sick:" + f[0]));
        }
        return examples;
    }

    /// <summary>
    /// An NLI set in the staged tab-separated form (<c>row, premise, hypothesis, label[, tag]</c>, no quoting):
    /// MNLI dev-matched, ANLI, CAD-SNLI, SciTail. Group = the folder and the row.
    /// </summary>
    /// <param name="dataDirectory">The datasets folder.</param>
    /// <param name="folder">The set's folder under it (<c>mnli</c>, <c>anli</c>, …).</param>
    /// <param name="file">The file in that folder.</param>
    public static List<RelationExample> NliTable(string dataDirectory, string folder, string file)
    {
        var path = Path.Combine(dataDirectory, folder, file);
        var examples = new List<RelationExample>();
        var number = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            number++;
            if (number == 1) continue;
            var f = line.TrimEnd('\r').Split('\t');
            if (f.Length < 4)
                throw new InvalidDataException($"{path}:{number}: expected at least 4 tab-separated fields (row, premise, hypothesis, label), found {f.Length}.");
            examples.Add(new RelationExample(f[1], f[2], RelationLabels.Parse(f[3]), folder + ":" + f[0]));
        }
        return examples;
    }

    /// <summary>Undoes PTB tokenisation: "a church ." → "a church.", "`` hi ''" → "\"hi\"", "do n't" → "don't".</summary>
    public static string Detokenize(string text)
    {
        var s = text.Replace("``", "\"").Replace("''", "\"").Replace("-LRB-", "(").Replace("-RRB-", ")");
        s = SpaceBeforePunctuation().Replace(s, "$1");
        s = SpaceBeforeClitic().Replace(s, "$1");
        s = QuotedSpan().Replace(s, m => "\"" + m.Groups[1].Value.Trim() + "\"");
        s = s.Replace("( ", "(").Replace(" )", ")");
        s = s.Trim();
        // Captions start in lower case in places; a capital first letter reads like news text.
        return s.Length > 0 && char.IsLower(s[0]) ? char.ToUpperInvariant(s[0]) + s[1..] : s;
    }

    [GeneratedRegex(@" ([.,;:!?%])")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@" ('s|'re|'ve|'ll|'d|'m|n't)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpaceBeforeClitic();

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex QuotedSpan();
}

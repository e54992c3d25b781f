using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ClaimDiff.Claims;
using ClaimDiff.Comparison;
using ClaimDiff.Cli.Evaluation;
using ClaimDiff.MiniLM;
using ClaimDiff.Subjects;

namespace ClaimDiff.Cli.Commands;

/// <summary>
/// <c>claimdiff evaluate subjects --data DIR [--embedder tfidf|minilm]</c>: groups the Emergent article headlines and scores the subjects against
/// the claims they were collected for (adjusted Rand index, V-measure, pairwise F1).
/// </summary>
internal static class SubjectEvaluationCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "The shared data folder (holding emergent/).", DefaultValueFactory = _ => new DirectoryInfo("../shared/data") };
        var threshold = CliOptions.UnitInterval("--threshold", $"Override the subject similarity threshold (default {SubjectOptions.DefaultSimilarityThreshold.ToString(CultureInfo.InvariantCulture)} for tfidf, {MiniLmExtension.SimilarityThreshold.ToString(CultureInfo.InvariantCulture)} for minilm).");
        var split = new Option<string>("--split") { Description = "Which Emergent file: all (2,595 headlines), train or test (split by claim).", DefaultValueFactory = _ => "all" };
        split.AcceptOnlyFromAmong("all", "train", "test");
        var embedderOption = CliOptions.Embedder();
        var kind = CliOptions.SubjectKind();
        var command = new Command("subjects", "Group the Emergent headlines and score the subjects against their claims.") { data, threshold, split, embedderOption, kind };
        command.SetAction((parse, cancellationToken) =>
        {
            var suffix = parse.GetValue(split) is "all" ? "" : "-" + parse.GetValue(split);
            var file = Path.Combine(parse.GetValue(data)!.FullName, "emergent", $"url-versions-2015-06-14-clean{suffix}.csv");
            if (!File.Exists(file))
            {
                CliOptions.Warn($"--data: {file} not found");
                return Task.FromResult(2);
            }
            var rows = Csv.Read(File.OpenText(file)).Skip(1).ToList();
            var claims = rows.Select((r, i) => new Claim { Id = "c" + i, ArticleId = r[4], Text = r[2], Content = r[2], Source = r[4] }).ToList();
            var gold = rows.Select(r => r[5]).ToList();

            var miniLm = parse.GetValue(embedderOption) is "minilm";
            var options = new SubjectOptions();
            if (miniLm)
                options.SimilarityThreshold = MiniLmExtension.SimilarityThreshold;
            var facts = parse.GetValue(kind) == CliOptions.FactSubjects;
            if (parse.GetValue(threshold) is { } t)
            {
                if (facts)
                    options.FactThreshold = t;
                else
                    options.SimilarityThreshold = t;
            }
            using var miniLmEmbedder = miniLm ? new MiniLmEmbedder() : null;
            var inv = CultureInfo.InvariantCulture;
            var clock = Stopwatch.StartNew();
            miniLmEmbedder?.LoadModel();
            var loadSeconds = clock.Elapsed.TotalSeconds;
            var timed = new TimedEmbedder(miniLmEmbedder ?? (ITextEmbedder)TfidfEmbedder.Default);
            ISubjectGrouper grouper = facts
                ? new FactSubjectGrouper(CrossEncoderRelationClassifier.Default, options)
                : new SubjectGrouper(timed, options);
            clock.Restart();
            var subjects = grouper.Group(claims, cancellationToken);
            clock.Stop();

            var subjectOf = subjects.SelectMany(s => s.ClaimIds.Select(c => (c, s.Id))).ToDictionary(x => x.c, x => x.Id);
            var m = ClusteringMetrics.Compute(gold, claims.Select(c => subjectOf[c.Id]).ToList());
            Console.WriteLine(string.Create(inv, $"Emergent headlines ({parse.GetValue(split)}): {claims.Count} headlines, {m.Classes} claims; {(facts ? $"fact subjects (cross-encoder), threshold {options.FactThreshold}" : $"embedder {parse.GetValue(embedderOption)}, threshold {options.SimilarityThreshold}")}"));
            Console.WriteLine(string.Create(inv, $"subjects: {m.Clusters}; grouped in {clock.Elapsed.TotalSeconds:0.00} s"));
            if (miniLmEmbedder is not null && !facts)
                Console.WriteLine(string.Create(inv, $"model loaded in {loadSeconds:0.00} s; {timed.Texts} texts embedded in {timed.Elapsed.TotalSeconds:0.00} s of the grouping"));
            Console.WriteLine(string.Create(inv, $"adjusted Rand index: {m.AdjustedRandIndex:0.000}"));
            Console.WriteLine(string.Create(inv, $"V-measure: {m.VMeasure:0.000} (homogeneity {m.Homogeneity:0.000}, completeness {m.Completeness:0.000})"));
            Console.WriteLine(string.Create(inv, $"pairwise: precision {m.PairPrecision:0.000}, recall {m.PairRecall:0.000}, F1 {m.PairF1:0.000}"));
            return Task.FromResult(0);
        });
        return command;
    }
}

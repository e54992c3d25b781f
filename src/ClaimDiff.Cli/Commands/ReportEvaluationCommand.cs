using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ClaimDiff.Claims;
using ClaimDiff.Cli.Evaluation;
using ClaimDiff.Comparison;
using ClaimDiff.MiniLM;
using ClaimDiff.Subjects;

namespace ClaimDiff.Cli.Commands;

/// <summary>
/// <c>claimdiff evaluate reports --data DIR</c>: runs the report stages (subjects, then discrepancies and agreements) on
/// the rumours of Emergent the relation model never saw (<see cref="RelationSets.EmergentSplit"/>), each rumour and each
/// article headline about it a claim of its own source, and scores the report against the headlines' stances
/// (<see cref="ReportScores"/>): a public stand-in for private multi-outlet stories.
/// </summary>
internal static class ReportEvaluationCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The datasets folder (holding emergent/ and fnc-1/).", DefaultValueFactory = _ => "../shared/data" };
        var details = new Option<string?>("--details") { Description = "Also write each reported discrepancy and agreement, with the stances of its two texts, to this TSV file." };
        var embedder = CliOptions.Embedder();
        var subjectThreshold = CliOptions.SubjectThreshold();
        var comparison = new CliOptions.ComparisonTuning();
        var command = new Command("reports", "Score discrepancies and agreements on Emergent's unseen rumours against the headlines' stances.")
        {
            data, details, embedder, subjectThreshold,
        };
        foreach (var option in comparison.All)
            command.Options.Add(option);
        command.SetAction((parse, cancellationToken) =>
        {
            var folder = parse.GetValue(data)!;
            if (!File.Exists(Path.Combine(folder, "emergent", "url-versions-2015-06-14-clean.csv")) || !Directory.Exists(Path.Combine(folder, "fnc-1")))
            {
                CliOptions.Warn($"--data: {folder} lacks emergent/url-versions-2015-06-14-clean.csv or fnc-1/");
                return Task.FromResult(2);
            }
            var (claims, items) = Stories(RelationSets.EmergentSplit(folder).Unseen);
            var options = new ComparisonOptions();
            comparison.ApplyTo(parse, options);
            var classifier = comparison.ChosenClassifier(parse);

            var clock = Stopwatch.StartNew();
            var miniLm = parse.GetValue(embedder) is "minilm";
            var subjectOptions = new SubjectOptions { SimilarityThreshold = parse.GetValue(subjectThreshold) ?? (miniLm ? MiniLmExtension.SimilarityThreshold : SubjectOptions.DefaultSimilarityThreshold) };
            var subjects = new SubjectGrouper(miniLm ? MiniLmExtension.SharedEmbedder : TfidfEmbedder.Default, subjectOptions).Group(claims, cancellationToken);
            var (discrepancies, agreements) = new SubjectComparer(options).Compare(claims, subjects, classifier, null, cancellationToken);
            clock.Stop();

            var index = claims.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
            var scores = ReportScores.Compute(items,
                discrepancies.Select(d => (index[d.ClaimA.Id], index[d.ClaimB.Id], Type: d.Type.ToString())),
                agreements.Select(g => (index[g.ClaimA.Id], index[g.ClaimB.Id])));
            Print(scores, items, subjects.Count, discrepancies.Count, agreements.Count, clock.Elapsed);
            if (parse.GetValue(details) is { } file)
            {
                using var writer = new StreamWriter(file);
                writer.WriteLine("kind\ttype\tconfidence\tstory_a\tstance_a\ttext_a\tstory_b\tstance_b\ttext_b");
                string Row(string kind, string type, float confidence, Claim a, Claim b)
                {
                    var (x, y) = (items[index[a.Id]], items[index[b.Id]]);
                    return string.Create(CultureInfo.InvariantCulture, $"{kind}\t{type}\t{confidence:0.000}\t{x.Story}\t{x.Stance}\t{a.Text}\t{y.Story}\t{y.Stance}\t{b.Text}");
                }
                foreach (var d in discrepancies) writer.WriteLine(Row("discrepancy", d.Type.ToString(), d.Confidence, d.ClaimA, d.ClaimB));
                foreach (var g in agreements) writer.WriteLine(Row("agreement", "", g.Confidence, g.ClaimA, g.ClaimB));
                // The conflicting pairs no discrepancy names, with what the classifier says of them and whether one subject holds both.
                var subjectOf = subjects.SelectMany(x => x.ClaimIds.Select(c => (c, x.Id))).ToDictionary(x => x.c, x => x.Id, StringComparer.Ordinal);
                var reported = discrepancies.Select(d => (index[d.ClaimA.Id], index[d.ClaimB.Id])).SelectMany(p => new[] { p, (p.Item2, p.Item1) }).ToHashSet();
                for (var i = 0; i < claims.Count; i++)
                    for (var j = i + 1; j < claims.Count; j++)
                    {
                        if (items[i].Story != items[j].Story || reported.Contains((i, j))) continue;
                        if ((items[i].Stance, items[j].Stance) is not ((RelationLabel.Agreement, RelationLabel.Contradiction) or (RelationLabel.Contradiction, RelationLabel.Agreement))) continue;
                        var relation = RelationClassifier.Default.Classify(claims[i].Content, claims[j].Content);
                        var same = subjectOf[claims[i].Id] == subjectOf[claims[j].Id] ? "same-subject" : "other-subject";
                        writer.WriteLine(Row($"missed {same} {relation.Label} {string.Join('+', relation.Evidence.Select(e => e.Type))}", relation.Type?.ToString() ?? "", relation.Confidence, claims[i], claims[j]));
                    }
            }
            return Task.FromResult(0);
        });
        return command;
    }

    /// <summary>
    /// One claim per distinct rumour (stance for: it asserts itself) and per article headline (its stance), each
    /// credited to a source of its own, so that every pair of a story is compared across sources.
    /// </summary>
    internal static (List<Claim> Claims, List<StoryItem> Items) Stories(IEnumerable<RelationExample> pairs)
    {
        var claims = new List<Claim>();
        var items = new List<StoryItem>();
        void Add(string text, string story, RelationLabel stance)
        {
            var id = "c" + (claims.Count + 1);
            claims.Add(new Claim { Id = id, ArticleId = "a" + (claims.Count + 1), Text = text, Content = text, Source = "source " + (claims.Count + 1) });
            items.Add(new StoryItem(story, stance));
        }
        var rumours = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var story = pair.Group ?? pair.First;
            if (rumours.Add(story)) Add(pair.First, story, RelationLabel.Agreement);
            Add(pair.Second, story, pair.Label);
        }
        return (claims, items);
    }

    private static void Print(ReportScores s, List<StoryItem> items, int subjects, int discrepancies, int agreements, TimeSpan elapsed)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"Emergent unseen rumours: {items.Select(i => i.Story).Distinct().Count()} stories, {items.Count} claims (rumours and headlines); {subjects} subjects; compared in {elapsed.TotalSeconds:0.0} s"));
        Console.WriteLine(string.Create(inv, $"gold pairs: {s.ConflictingPairs} conflicting (for vs against), {s.AgreeingPairs} agreeing (same stance)"));
        Console.WriteLine(string.Create(inv, $"discrepancies: {discrepancies} reported; {s.DiscrepanciesFound} on conflicting pairs, {s.DiscrepanciesOnAgreeingPairs} on agreeing pairs, {s.DiscrepanciesAcrossStories} across stories, {s.DiscrepanciesOnAmbiguousPairs} with an observing headline (not scored)"));
        Console.WriteLine(string.Create(inv, $"discrepancy precision {s.DiscrepancyPrecision:0.000} (within stories {s.DiscrepancyPrecisionWithinStories:0.000}), recall {s.DiscrepancyRecall:0.000}; agreeing pairs flagged as discrepancies {s.AgreementsFlagged:0.000}"));
        Console.WriteLine(string.Create(inv, $"per story: recall averaged over the {s.ConflictsByStory.Count} stories with conflicting pairs {s.StoryAveragedRecall:0.000}; stories with at least one conflict found {s.StoriesWithAConflictFound} of {s.ConflictsByStory.Count}"));
        foreach (var (type, (real, wrong)) in s.DiscrepanciesByType)
            Console.WriteLine(string.Create(inv, $"  {type}: {real} real, {wrong} false"));
        Console.WriteLine(string.Create(inv, $"agreements: {agreements} reported; {s.AgreementsFound} on agreeing pairs, {s.AgreementsOnConflictingPairs} on conflicting pairs, {s.AgreementsAcrossStories} across stories, {s.AgreementsOnAmbiguousPairs} with an observing headline (not scored)"));
        Console.WriteLine(string.Create(inv, $"agreement precision {s.AgreementPrecision:0.000}, recall {s.AgreementRecall:0.000}"));
    }
}

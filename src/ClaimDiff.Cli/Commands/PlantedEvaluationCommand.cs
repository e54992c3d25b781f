using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ClaimDiff.Claims;
using ClaimDiff.Cli.Evaluation;

namespace ClaimDiff.Cli.Commands;

/// <summary>
/// <c>claimdiff evaluate planted --data DIR [--per-kind N]</c>: publishes FNC-1 competition-test bodies twice, the copy
/// with one planted discrepancy (<see cref="PlantedStories"/>), analyses them all at once with the default pipeline and
/// prints, per kind, how many planted discrepancies were reported, and why the others were not.
/// </summary>
internal static class PlantedEvaluationCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The datasets folder (holding fnc-1/).", DefaultValueFactory = _ => "../shared/data" };
        var perKind = new Option<int>("--per-kind") { Description = "How many discrepancies of each kind to plant (one article pair each).", DefaultValueFactory = _ => 100 };
        var details = new Option<string?>("--details") { Description = "Also write the false discrepancies between an article and its copy, and the planted ones missed, to this TSV file." };
        var command = new Command("planted", "Plant figure, negation and year discrepancies in copies of FNC-1 test bodies and count those reported.") { data, perKind, details };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var file = Path.Combine(parse.GetValue(data)!, "fnc-1", "competition_test_bodies.csv");
            if (!File.Exists(file))
            {
                CliOptions.Warn($"--data: {file} not found");
                return 2;
            }
            if (parse.GetValue(perKind) is < 1 and var n)
            {
                CliOptions.Warn($"--per-kind: {n} is not a positive number");
                return 2;
            }
            List<(string Id, string Text)> bodies;
            using (var reader = File.OpenText(file))
                bodies = [.. Csv.Read(reader).Skip(1).Where(r => r.Length >= 2).Select(r => (r[0], r[1]))];
            var pairs = PlantedStories.Plant(bodies, parse.GetValue(perKind));

            var clock = Stopwatch.StartNew();
            var report = await ClaimDiffer.AnalyzeAsync(pairs.SelectMany(p => new[] { p.Original, p.Copy }), ClaimDiffer.Default, null, cancellationToken);
            clock.Stop();
            Print(pairs, report, clock.Elapsed, parse.GetValue(details));
            return 0;
        });
        return command;
    }

    private static void Print(List<PlantedPair> pairs, Report report, TimeSpan elapsed, string? details)
    {
        var inv = CultureInfo.InvariantCulture;
        var claimsOf = report.Claims.ToLookup(c => c.ArticleId);
        var subjectOf = report.Subjects.SelectMany(s => s.ClaimIds.Select(c => (c, s.Id))).ToDictionary(x => x.c, x => x.Id, StringComparer.Ordinal);
        Console.WriteLine(string.Create(inv, $"{pairs.Count} planted discrepancies in {2 * pairs.Count} FNC-1 test articles; {report.Claims.Count} claims, {report.Subjects.Count} subjects, {report.Discrepancies.Count} discrepancies; analysed in {elapsed.TotalSeconds:0.0} s"));
        // The claims on the original sentence and on the edited one, per article pair.
        var edited = pairs.ToDictionary(p => (p.Original.Id!, p.Copy.Id!), p => (A: Covering(claimsOf[p.Original.Id!], p.OriginalSpan), B: Covering(claimsOf[p.Copy.Id!], p.EditedSpan)));
        var missed = new List<(PlantedKind Kind, string A, string B)>();
        foreach (var kind in pairs.Select(p => p.Kind).Distinct())
        {
            int planted = 0, extracted = 0, together = 0, found = 0;
            var types = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var p in pairs.Where(p => p.Kind == kind))
            {
                planted++;
                var (a, b) = edited[(p.Original.Id!, p.Copy.Id!)];
                if (a.Count == 0 || b.Count == 0) continue;
                extracted++;
                if (a.Any(x => b.Any(y => subjectOf[x.Id] == subjectOf[y.Id]))) together++;
                var hit = report.Discrepancies.FirstOrDefault(d => a.Contains(d.ClaimA) && b.Contains(d.ClaimB) || a.Contains(d.ClaimB) && b.Contains(d.ClaimA));
                if (hit is null)
                {
                    missed.Add((kind, a[0].Content, b[0].Content));
                    continue;
                }
                found++;
                types[hit.Type.ToString()] = types.GetValueOrDefault(hit.Type.ToString()) + 1;
            }
            Console.WriteLine(string.Create(inv, $"{kind}: found {found} of {planted} ({(double)found / planted:0.00}); both edited claims extracted {extracted}, in one subject {together}; reported as {string.Join(", ", types.Select(t => $"{t.Key} {t.Value}"))}"));
        }
        // Everything but the edited sentence is copied word for word, so any other discrepancy between the two is false.
        var spurious = report.Discrepancies.Where(d =>
            (edited.TryGetValue((d.ClaimA.ArticleId, d.ClaimB.ArticleId), out var e) || edited.TryGetValue((d.ClaimB.ArticleId, d.ClaimA.ArticleId), out e))
            && !(e.A.Contains(d.ClaimA) || e.A.Contains(d.ClaimB) || e.B.Contains(d.ClaimA) || e.B.Contains(d.ClaimB))).ToList();
        Console.WriteLine(string.Create(inv, $"false discrepancies between an article and its copy (neither claim on the edited sentence): {spurious.Count}"));
        if (details is null) return;
        using var writer = new StreamWriter(details);
        writer.WriteLine("row\ttype\tconfidence\tclaim_a\tclaim_b\texplanation");
        foreach (var d in spurious)
            writer.WriteLine(string.Create(inv, $"false\t{d.Type}\t{d.Confidence:0.000}\t{d.ClaimA.Content}\t{d.ClaimB.Content}\t{d.Explanation}"));
        foreach (var (kind, a, b) in missed)
            writer.WriteLine($"missed\t{kind}\t\t{a}\t{b}\t");
    }

    private static List<Claim> Covering(IEnumerable<Claim> claims, Claims.TextRange span)
        => [.. claims.Where(c => c.Start < span.End && c.End > span.Start)];
}

// A newsroom desk that keeps one analysis open all day: articles arrive one at a time (here, the files of a folder,
// by default the notebook's example articles), and after each the desk prints what changed: new discrepancies and
// agreements. Earlier articles are never read again.
//
//   dotnet run --project samples/ClaimDiff.Newsroom [FOLDER]
using ClaimDiff;
using ClaimDiff.Articles;

var folder = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "Articles");
if (!Directory.Exists(folder))
{
    Console.Error.WriteLine($"newsroom: folder not found: {folder}");
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };

using var session = new AnalysisSession();
var seen = new HashSet<string>();
await foreach (var report in session.AddAllAsync(Arrivals(folder, cancellation.Token), cancellation.Token))
{
    var latest = report.Articles[^1];
    Console.WriteLine($"[{report.Articles.Count}] {latest.Title ?? latest.Path} ({latest.Publisher ?? "unknown"}): {latest.ClaimCount} claims{(latest.Error is null ? "" : ", error: " + latest.Error)}");
    foreach (var d in report.Discrepancies)
        if (seen.Add($"{d.ClaimA.Text}|{d.ClaimB.Text}"))
            Console.WriteLine($"    new discrepancy: {d}");
    foreach (var g in report.Agreements)
        if (seen.Add($"{g.ClaimA.Text}|{g.ClaimB.Text}"))
            Console.WriteLine($"    new agreement: {g}");
}
Console.WriteLine($"{session.Current.Discrepancies.Count} discrepancies and {session.Current.Agreements.Count} agreements across {session.ArticleCount} articles.");
return 0;

// The supported files of the folder, in name order, read as they "arrive".
static IAsyncEnumerable<Article> Arrivals(string folder, CancellationToken cancellationToken)
    => new ArticleReader().ReadAllAsync([folder], cancellationToken);

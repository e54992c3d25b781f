using ClaimDiff.Comparison;
using ClaimDiff.Reports;
using Spectre.Console;

namespace ClaimDiff.Notebook;

/// <summary>
/// A notebook-style walk through ClaimDiff for researchers: numbered cells, each a heading, a short explanation, the
/// code it runs and its result rendered as a table. Runs offline on the built-in example articles.
/// </summary>
public static class Notebook
{
    /// <summary>Runs every cell, writing to <paramref name="console"/>.</summary>
    public static async Task RunAsync(IAnsiConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(console);
        var cell = 0;
        void Cell(string title, string explanation, string code)
        {
            console.WriteLine();
            console.Write(new Rule($"[bold]In [[{++cell}]]: {Markup.Escape(title)}[/]").LeftJustified());
            console.MarkupLine($"[grey]{Markup.Escape(explanation)}[/]");
            // The code the cell runs, as it is written below (the tables only lay its results out).
            console.Write(new Panel(new Spectre.Console.Text(code, new Style(Color.Aqua))).Header("code").Border(BoxBorder.Rounded));
        }

        Cell("Load the example articles",
            "Three articles on the January 2026 dual-use export ban: an official statement, a newspaper report of broader rare-earth curbs, and a digest that reports both.",
            "var articles = ExampleArticles.Load();");
        var articles = ExampleArticles.Load();
        var table = new Table().Expand().AddColumns(new TableColumn("file").NoWrap(), new TableColumn("publisher").NoWrap(), new TableColumn("title"), new TableColumn("chars").NoWrap());
        foreach (var a in articles)
            table.AddRow(Markup.Escape(a.Path ?? ""), Markup.Escape(a.Publisher ?? ""), Markup.Escape(a.Title ?? ""), a.Text.Length.ToString());
        console.Write(table);

        Cell("Analyse them", "One call runs every stage: sentences, claims with their sources, subjects, and the trained relation classifier.",
            "var report = await ClaimDiffer.AnalyzeAsync(articles, ClaimDiffer.Default, null, cancellationToken);");
        var report = await ClaimDiffer.AnalyzeAsync(articles, ClaimDiffer.Default, null, cancellationToken);
        console.MarkupLine($"{report.Articles.Count} articles, {report.Claims.Count} claims, {report.Subjects.Count} subjects, "
            + $"[red]{report.Discrepancies.Count} discrepancies[/], [green]{report.Agreements.Count} agreements[/].");

        Cell("Who claims what", "Each claim is credited to the source it quotes or names, not to the outlet that printed it; unattributed claims belong to the publisher.",
            "foreach (var c in report.Claims)\n    Show(c.Id, c.Source, c.SourceKind, c.Cue, c.Modality, c.Content);");
        table = new Table().Expand().AddColumns(
            new TableColumn("claim").NoWrap(), new TableColumn("source (kind)").Width(28), new TableColumn("cue · modality").NoWrap(), new TableColumn("content"));
        foreach (var c in report.Claims)
            table.AddRow(c.Id, Markup.Escape($"{c.Source} ({c.SourceKind.ToString().ToLowerInvariant()})"), Markup.Escape($"{c.Cue ?? "-"} · {c.Modality.ToString().ToLowerInvariant()}"), Markup.Escape(c.Content));
        console.Write(table);

        Cell("Subjects", "Claims about the same thing share a subject; only claims within a subject are compared. Subjects of one claim are counted, not listed.",
            "foreach (var s in report.Subjects.Where(s => s.ClaimIds.Count > 1))\n    Show(s.Id, s.Label, s.ClaimIds, s.ClaimIds.Select(id => claims[id].Source).Distinct());");
        var claims = report.Claims.ToDictionary(c => c.Id);
        table = new Table().Expand().AddColumns(new TableColumn("subject").NoWrap(), new TableColumn("label"), new TableColumn("claims"), new TableColumn("sources"));
        foreach (var s in report.Subjects.Where(s => s.ClaimIds.Count > 1))
            table.AddRow(s.Id, Markup.Escape(s.Label), string.Join(" ", s.ClaimIds), Markup.Escape(string.Join("; ", s.ClaimIds.Select(id => claims[id].Source).Distinct())));
        console.Write(table);
        var singles = report.Subjects.Count(s => s.ClaimIds.Count == 1);
        console.MarkupLine($"[grey]{report.Subjects.Count - singles} subjects with several claims listed; {singles} with one claim not listed.[/]");

        Cell("Discrepancies", "Pairs of claims from different sources on one subject that the classifier judges contradictory, with the kind of conflict and the words that conflict.",
            "foreach (var d in report.Discrepancies)\n    Show(d.Id, d.Type, d.Confidence, d.ClaimA.Source, d.ClaimA.Content, d.ClaimB.Source, d.ClaimB.Content, d.Evidence[0].Description);");
        table = new Table().Expand().AddColumns(new TableColumn("id").NoWrap(), new TableColumn("type").NoWrap(), new TableColumn("conf.").NoWrap(), new TableColumn("source A says"), new TableColumn("source B says"), new TableColumn("why"));
        foreach (var d in report.Discrepancies)
        {
            table.AddRow(d.Id, d.Type.Name, d.Confidence.ToString("0.00"),
                Markup.Escape($"{d.ClaimA.Source}: {d.ClaimA.Content}"), Markup.Escape($"{d.ClaimB.Source}: {d.ClaimB.Content}"),
                Markup.Escape(d.Evidence.Count > 0 ? d.Evidence[0].Description : "-"));
        }
        console.Write(table);

        Cell("Agreements", "What several sources corroborate.",
            "foreach (var g in report.Agreements)\n    Show(g.Id, g.Confidence, g.ClaimA.Source, g.ClaimB.Source, g.ClaimA.Content);");
        table = new Table().Expand().AddColumns(new TableColumn("id").NoWrap(), new TableColumn("conf.").NoWrap(), new TableColumn("sources"), new TableColumn("claim"));
        foreach (var g in report.Agreements)
            table.AddRow(g.Id, g.Confidence.ToString("0.00"), Markup.Escape($"{g.ClaimA.Source} + {g.ClaimB.Source}"), Markup.Escape(g.ClaimA.Content));
        console.Write(table);

        Cell("Compare any two texts", "The classifier on its own: the probability of each relation for a pair of sentences you write.",
            "var relation = await ClaimDiffer.CompareAsync(first, second, cancellationToken);\nforeach (var (label, score) in relation.Scores.OrderByDescending(s => s.Value))\n    Show(label, score);");
        var first = "The export controls apply only to military end-users.";
        var second = "Shipments to civilian manufacturers have been broadly halted as well.";
        var relation = await ClaimDiffer.CompareAsync(first, second, cancellationToken);
        table = new Table().AddColumns("relation", "probability");
        foreach (var (label, score) in relation.Scores.OrderByDescending(s => s.Value))
            table.AddRow(label.ToName(), score.ToString("0.000"));
        console.MarkupLine($"[grey]A:[/] {Markup.Escape(first)}");
        console.MarkupLine($"[grey]B:[/] {Markup.Escape(second)}");
        console.Write(table);
        console.MarkupLine($"Verdict: [bold]{Markup.Escape(relation.ToString())}[/]");

        Cell("The report as Markdown", "Every report can be written as JSON (stable schema), HTML, or Markdown for people. The Markdown is written as it is, unwrapped, so that its links stay whole.",
            "new MarkdownReportWriter().Write(report, Console.Out);");
        var markdown = new StringWriter();
        new MarkdownReportWriter().Write(report, markdown);
        console.Profile.Out.Writer.Write(markdown.ToString());
        console.Profile.Out.Writer.Flush();
    }
}

using System.Text.RegularExpressions;
using ClaimDiff.Cli.Commands;
using Spectre.Console;

namespace ClaimDiff.Tests.Cli;

public class ProgressDisplayTests
{
    private static Task<int> Work(IProgress<AnalysisProgress> progress)
    {
        progress.Report(new AnalysisProgress(AnalysisStage.Claims, 1, 2));
        progress.Report(new AnalysisProgress(AnalysisStage.Claims, 2, 2));
        // Subjects reports its start only; the comparison reports from several threads, out of order.
        progress.Report(new AnalysisProgress(AnalysisStage.Subjects, 0, 1));
        Parallel.For(1, 201, i => progress.Report(new AnalysisProgress(AnalysisStage.Comparison, i, 200)));
        progress.Report(new AnalysisProgress(AnalysisStage.Done, 1, 1));
        return Task.FromResult(42);
    }

    [Test]
    public async Task Writes_a_line_every_hundred_units_and_at_the_end_of_each_stage_without_a_terminal()
    {
        using var log = new StringWriter();
        var result = await ProgressDisplay.RunAsync(null, log, Work);
        var lines = log.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo(42));
            Assert.That(lines, Is.SupersetOf(new[] { "claimdiff: claims 2/2", "claimdiff: comparison 100/200", "claimdiff: comparison 200/200" }));
            Assert.That(lines, Has.None.Contains("done").And.None.Contains("claims 1/2"));
        });
    }

    [Test]
    public async Task Draws_a_full_bar_for_every_stage_on_a_terminal()
    {
        using var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
        });
        using var log = new StringWriter();

        var result = await ProgressDisplay.RunAsync(console, log, Work);

        // The live display redraws in place; the last three lines with a percentage are its final state.
        var text = Regex.Replace(output.ToString(), "\u001b\\[[0-9;?]*[A-Za-z]", "");
        var last = text.Split('\n').Where(l => l.Contains('%')).TakeLast(3).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo(42));
            Assert.That(log.ToString(), Is.Empty);
            Assert.That(last, Has.Count.EqualTo(3));
            Assert.That(last[0], Does.Contain("claims").And.Contain("100%"));
            Assert.That(last[1], Does.Contain("subjects").And.Contain("100%"));
            Assert.That(last[2], Does.Contain("comparison").And.Contain("100%"));
        });
    }
}

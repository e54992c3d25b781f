using Spectre.Console;

namespace ClaimDiff.Tests.Samples;

public class NotebookTests
{
    [Test]
    public async Task Runs_every_cell_offline_and_shows_the_discrepancy()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 200;
        await ClaimDiff.Notebook.Notebook.RunAsync(console);
        var text = output.ToString();
        Assert.Multiple(() =>
        {
            for (var cell = 1; cell <= 8; cell++)
                Assert.That(text, Does.Contain($"In [{cell}]"));
            Assert.That(text, Does.Contain("The Wall Street Journal"));
            Assert.That(text, Does.Contain("scope"));
            Assert.That(text, Does.Contain("var report = await ClaimDiffer.AnalyzeAsync("), "each cell shows its code");
            Assert.That(text, Does.Match(@"\d+ subjects with several claims listed; \d+ with one claim not listed"));
            var link = text.Split('\n').FirstOrDefault(l => l.StartsWith("* **", StringComparison.Ordinal) && l.Contains("#:~:text=", StringComparison.Ordinal));
            Assert.That(link, Is.Not.Null.And.Length.GreaterThan(200), "a Markdown line with a link is written whole, not wrapped at the console's width");
        });
    }
}

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
        });
    }
}

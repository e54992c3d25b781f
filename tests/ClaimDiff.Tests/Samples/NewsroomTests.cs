using ClaimDiff.Tests.Cli;

namespace ClaimDiff.Tests.Samples;

public class NewsroomTests
{
    [Test]
    public void Reports_each_arrival_and_the_discrepancies_it_brings()
    {
        var result = Process.Run("ClaimDiff.Newsroom.dll");
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero, result.Stderr);
            Assert.That(lines.Count(l => l.StartsWith('[')), Is.EqualTo(3));
            Assert.That(lines, Has.Some.Contains("new discrepancy: scope"));
            Assert.That(lines[^1], Does.Match(@"^\d+ discrepancies and \d+ agreements across 3 articles\.$"));
        });
    }

    [Test]
    public void Exits_non_zero_for_a_missing_folder()
        => Assert.That(Process.Run("ClaimDiff.Newsroom.dll", "/no/such/folder").ExitCode, Is.EqualTo(2));
}

using System.Text;
using ClaimDiff.Fuzz;

namespace ClaimDiff.Tests.Fuzz;

/// <summary>
/// Replays the fuzz targets' seeds and every input that fuzzing found breaking a target (kept by tools/fuzz.sh under
/// Fuzz/TARGET/), and a few hostile inputs.
/// </summary>
public class FuzzRegressionTests
{
    private static IEnumerable<TestCaseData> Inputs()
    {
        var root = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fuzz");
        foreach (var target in FuzzTargets.All.Keys)
            foreach (var folder in new[] { Path.Combine(root, "seeds", target), Path.Combine(root, target) })
                if (Directory.Exists(folder))
                    foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
                        yield return new TestCaseData(target, file).SetName($"{target}: {Path.GetFileName(Path.GetDirectoryName(file))}/{Path.GetFileName(file)}");
    }

    [TestCaseSource(nameof(Inputs))]
    public void A_kept_input_no_longer_breaks_its_target(string target, string file)
        => Assert.DoesNotThrow(() => FuzzTargets.All[target](File.ReadAllBytes(file)));

    [Test]
    public void Every_target_has_seeds()
        => Assert.That(FuzzTargets.All.Keys.Where(t => !Directory.Exists(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fuzz", "seeds", t))), Is.Empty);

    [Test]
    public void Hostile_inputs_break_no_target()
    {
        byte[][] inputs =
        [
            [],
            [0xFF, 0xFE, 0x00, 0xD8, 0x00],
            [0x1F, 0x8B, 0x08, 0x00, 0x00],
            Encoding.UTF8.GetBytes(new string('.', 100_000)),
            Encoding.UTF8.GetBytes("[{\"id\": 1, \"text\": [\"a\"]}, {\"text\": null}, 7]"),
            Encoding.UTF8.GetBytes("<html>" + string.Concat(Enumerable.Repeat("<div>", 5_000)) + "said \u201Cit,\u201D he said, which"),
        ];
        foreach (var (name, target) in FuzzTargets.All)
            foreach (var input in inputs)
                Assert.DoesNotThrow(() => target(input), $"{name} on {input.Length} bytes");
    }
}

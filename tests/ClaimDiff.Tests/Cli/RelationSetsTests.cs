using ClaimDiff.Cli.Commands;
using ClaimDiff.Comparison;

namespace ClaimDiff.Tests.Cli;

public class RelationSetsTests
{
    [Test]
    public void Reads_json_pairs_and_names_the_line_of_a_bad_one()
    {
        var path = Path.Combine(Path.GetTempPath(), "claimdiff-pairs-" + Guid.NewGuid() + ".jsonl");
        File.WriteAllText(path, """
            {"a": "Prices rose.", "b": "Prices fell.", "label": "contradiction", "type": "antonym", "event": "prices"}

            {"a": "Prices rose.", "b": "Prices went up.", "label": "agreement"}
            {"a": "Prices rose.", "label": "neutral"}
            """);
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => RelationSets.JsonPairs(new FileInfo(path)));
            Assert.That(error!.Message, Does.Contain(":4:").And.Contain("\"b\""));

            File.WriteAllLines(path, File.ReadAllLines(path)[..3]);
            var pairs = RelationSets.JsonPairs(new FileInfo(path));
            Assert.That(pairs, Is.EqualTo(new[]
            {
                new RelationExample("Prices rose.", "Prices fell.", RelationLabel.Contradiction, "prices"),
                new RelationExample("Prices rose.", "Prices went up.", RelationLabel.Agreement),
            }));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

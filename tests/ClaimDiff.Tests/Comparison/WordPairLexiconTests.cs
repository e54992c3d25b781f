using System.Text;
using ClaimDiff.Comparison;
using ClaimDiff.Comparison.Internal;
using ClaimDiff.Text;

namespace ClaimDiff.Tests.Comparison;

public class WordPairLexiconTests
{
    private static string[] Words(string text) => text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static WordPairLexicon Mine(params RelationExample[] examples)
        => WordPairLexicon.Tally(examples.Select(e => WordPairLexicon.Mentions(e, Words, WordNetLexicon.Default)));

    private static float[] Features(WordPairLexicon lexicon, string first, string second)
    {
        var f = new float[WordPairLexicon.FeatureCount];
        lexicon.Features(Words(first), Words(second), WordNetLexicon.Default, f);
        return f;
    }

    private static RelationExample Pair(string first, string second, RelationLabel label, params string[] explanations)
        => new(first, second, label) { Explanations = explanations };

    [Test]
    public void Counts_the_pairs_an_explanation_names_in_their_base_forms()
    {
        var lexicon = Mine(
            Pair("man sleeping", "man running", RelationLabel.Contradiction, "cannot be sleeping and running", "sleeps or runs"),
            Pair("dog sleeps", "dog runs", RelationLabel.Contradiction, "sleep is not run"));

        var f = Features(lexicon, "woman sleep", "woman ran");

        Assert.Multiple(() =>
        {
            Assert.That(lexicon.Count, Is.EqualTo(1), "only sleep/run; the shared words and the explanation's other words make no pair");
            Assert.That(f[0], Is.EqualTo(1), "one contradiction pair");
            Assert.That(f[1] + f[2], Is.Zero);
            Assert.That(f[3], Is.EqualTo(1), "all of its mentions are contradictions");
        });
    }

    [Test]
    public void Needs_two_mentions_before_a_pair_counts()
    {
        var lexicon = Mine(Pair("man sleeping", "man running", RelationLabel.Contradiction, "cannot be sleeping and running"));

        Assert.That(lexicon.Count, Is.Zero);
    }

    [Test]
    public void Ignores_examples_without_explanations_and_unrelated_pairs()
    {
        var lexicon = Mine(
            new RelationExample("man sleeping", "man running", RelationLabel.Contradiction),
            Pair("man sleeping", "man running", RelationLabel.Unrelated, "sleeping running", "sleeping running"));

        Assert.That(lexicon.Count, Is.Zero);
    }

    [Test]
    public void Survives_writing_and_reading()
    {
        var lexicon = Mine(Pair("cat sits", "cat stands", RelationLabel.Contradiction, "sits or stands", "sitting is not standing", "stand sit"));
        using var stream = new MemoryStream();
        lexicon.Write(stream);
        stream.Position = 0;

        var read = WordPairLexicon.Read(stream);

        Assert.That(Features(read, "cat sits", "cat stands"), Is.EqualTo(Features(lexicon, "cat sits", "cat stands")));
    }

    [Test]
    public void Names_the_line_of_a_corrupt_table()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("# header\nsit\tstand\t3\t0\t0\nsit\tstand\tthree\t0\t0\n"));

        var error = Assert.Throws<ModelLoadException>(() => WordPairLexicon.Read(stream));

        Assert.That(error!.Message, Does.Contain("line 3"));
    }
}

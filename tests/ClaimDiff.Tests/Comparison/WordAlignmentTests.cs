using ClaimDiff.Comparison.Internal;
using ClaimDiff.Subjects;
using ClaimDiff.Text;

namespace ClaimDiff.Tests.Comparison;

public class WordAlignmentTests
{
    private static (float[] Features, string Unexplained) Align(string first, string second)
    {
        var f = new float[WordAlignment.FeatureCount];
        var a = TextAnalysis.Create(first, 0);
        var b = TextAnalysis.Create(second, 0);
        var unexplained = WordAlignment.Features(a, b, WordNetLexicon.Default, f, []);
        return (f, unexplained);
    }

    private static float Feature(float[] f, string name) => f[Array.IndexOf(WordAlignment.Names, name)];

    [Test]
    public void A_more_general_restatement_is_fully_explained()
    {
        var (f, unexplained) = Align("A dog chased the cat across the garden.", "An animal chased the cat.");

        Assert.Multiple(() =>
        {
            Assert.That(Feature(f, "wn_second_general"), Is.GreaterThan(0));
            Assert.That(Feature(f, "wn_second_unaligned"), Is.Zero);
            Assert.That(unexplained, Is.Empty);
        });
    }

    [Test]
    public void Swapped_people_and_actions_are_incompatible_words()
    {
        var (f, unexplained) = Align("A man is sitting on the bench.", "A woman is standing on the bench.");

        Assert.Multiple(() =>
        {
            Assert.That(Feature(f, "wn_second_opposite") + Feature(f, "wn_second_sibling"), Is.EqualTo(2 / 3f).Within(1e-6));
            Assert.That(Feature(f, "wn_second_incompatible_nouns"), Is.EqualTo(1));
            Assert.That(Feature(f, "wn_second_incompatible_verbs"), Is.EqualTo(1));
            Assert.That(unexplained, Is.EqualTo("woman standing manxwoman sittingxstanding"));
        });
    }

    [Test]
    public void Counts_the_words_a_claim_adds_by_what_they_name()
    {
        var f = new float[WordAlignment.FeatureCount];
        var categories = new float[WordAlignment.CategoryBins];
        var a = TextAnalysis.Create("The ministry banned exports.", 0);
        var b = TextAnalysis.Create("The ministry banned exports to soldiers.", 0);

        WordAlignment.Features(a, b, WordNetLexicon.Default, f, categories);

        Assert.That(categories[18], Is.EqualTo(1), "soldiers: noun.person");
    }
}

using ClaimDiff.Text;

namespace ClaimDiff.Tests.Text;

public class TokenizerTests
{
    [TestCase("restrictions", "restrict")]
    [TestCase("restricting", "restrict")]
    [TestCase("restricted", "restrict")]
    [TestCase("companies", "company")]
    [TestCase("taxes", "tax")]
    [TestCase("rises", "rise")]
    [TestCase("press", "press")]
    public void Stems_inflections_to_one_term(string word, string stem)
        => Assert.That(Tokenizer.Stem(word), Is.EqualTo(stem));

    [Test]
    public void Keeps_numbers_percentages_and_drops_possessives_and_stop_words()
        => Assert.That(Tokenizer.Terms("About 60% of Japan's 1,200 imports"), Is.EqualTo(new[] { "60%", "japan", "1200", "import" }));
}

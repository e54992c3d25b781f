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

    [TestCase("family", "families")]
    [TestCase("supply", "supplies")]
    [TestCase("assembly", "assemblies")]
    public void Stems_a_noun_in_ly_and_its_plural_alike(string singular, string plural)
        => Assert.That(Tokenizer.Stem(plural), Is.EqualTo(Tokenizer.Stem(singular)));

    [Test]
    public void Keeps_numbers_percentages_and_drops_possessives_and_stop_words()
        => Assert.That(Tokenizer.Terms("About 60% of Japan's 1,200 imports"), Is.EqualTo(new[] { "60%", "japan", "1200", "import" }));
}

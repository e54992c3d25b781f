using ClaimDiff.Text;

namespace ClaimDiff.Tests.Text;

public class LanguageCheckTests
{
    private static string Repeat(string sentence, int times) => string.Join(" ", Enumerable.Repeat(sentence, times));

    private const string English = "The council said on Monday that the bridge would reopen in March after repairs, and that the cost of the work had risen to 4 million pounds.";

    [Test]
    public void English_news_is_read()
        => Assert.That(LanguageCheck.WhyNotEnglish(Repeat(English, 10)), Is.Null);

    [TestCase("市议会周一表示，这座桥将在三月修复后重新开放，工程费用已升至四百万英镑。", "Han")]
    [TestCase("قال المجلس يوم الاثنين إن الجسر سيعاد فتحه في مارس بعد الإصلاحات.", "Arabic")]
    [TestCase("Совет заявил в понедельник, что мост откроется в марте после ремонта.", "Cyrillic")]
    public void Another_script_is_named(string sentence, string script)
        => Assert.That(LanguageCheck.WhyNotEnglish(Repeat(sentence, 12)), Does.Contain($"mostly in").And.Contain(script));

    [Test]
    public void Another_language_in_latin_letters_is_not_read_as_english()
    {
        var french = Repeat("Le conseil municipal a déclaré lundi que le pont rouvrirait en mars après des travaux, dont le coût est passé à quatre millions de livres.", 8);
        Assert.That(LanguageCheck.WhyNotEnglish(french), Does.StartWith("the text does not read as English"));
    }

    [Test]
    public void A_short_text_is_too_short_to_judge()
        => Assert.That(LanguageCheck.WhyNotEnglish("市议会周一表示，这座桥将在三月修复后重新开放。"), Is.Null);

    [Test]
    public async Task An_article_not_in_english_gets_an_error_and_no_claims_and_the_others_are_analysed()
    {
        var report = await ClaimDiffer.AnalyzeAsync(
        [
            Article.FromText(Repeat("市议会周一表示，这座桥将在三月修复后重新开放，工程费用已升至四百万英镑。", 12), id: "zh", publisher: "Example"),
            Article.FromText(English + " The mayor said the delay was caused by flooding.", id: "en", publisher: "Example"),
        ]);
        Assert.Multiple(() =>
        {
            Assert.That(report.Articles[0].Error, Does.Contain("not English").And.Contain("Han"));
            Assert.That(report.Articles[0].ClaimCount, Is.Zero);
            Assert.That(report.Claims.Select(c => c.ArticleId).Distinct(), Is.EqualTo(new[] { "en" }));
        });
    }
}

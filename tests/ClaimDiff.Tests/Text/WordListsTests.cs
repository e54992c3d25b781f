using ClaimDiff.Text;

namespace ClaimDiff.Tests.Text;

public class WordListsTests
{
    [Test]
    public void Every_embedded_list_has_entries_each_given_once_in_lower_case()
    {
        var names = WordLists.Names.ToList();
        Assert.That(names, Has.Count.GreaterThanOrEqualTo(30).And.Contains("negations").And.Contains("hedges").And.Contains("months"));
        Assert.Multiple(() =>
        {
            foreach (var name in names)
            {
                var entries = WordLists.Words(name);
                Assert.That(entries, Is.Not.Empty, name);
                Assert.That(entries.GroupBy(e => e, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty, $"{name}: entries given twice");
                Assert.That(entries.Where(e => e.Length == 0 || e != e.Trim()), Is.Empty, $"{name}: blank or padded entries");
            }
        });
    }

    [Test]
    public void A_list_with_values_gives_each_entry_its_value()
    {
        var numbers = WordLists.Entries("number-words").ToDictionary(e => e.Entry, e => e.Value);
        Assert.Multiple(() =>
        {
            Assert.That(numbers["seven"], Is.EqualTo("7"));
            Assert.That(numbers["ninety"], Is.EqualTo("90"));
            Assert.That(TextAnalysis.Bounds["at least"], Is.EqualTo(NumberBound.AtLeast));
        });
    }

    [Test]
    public void A_missing_list_is_named_in_the_error()
        => Assert.That(() => WordLists.Words("no-such-list"), Throws.InvalidOperationException.With.Message.Contains("ClaimDiff.Words.no-such-list.txt"));

    [Test]
    public void The_claim_extractor_and_the_comparison_read_one_negation_list()
    {
        foreach (var word in WordLists.Words("negations"))
        {
            Assert.That(ClaimDiff.Claims.Lexicon.Negations, Does.Contain(word));
            Assert.That(ClaimDiff.Comparison.Internal.ConflictLexicon.IsNegation(Tokenizer.Stem(word)), Is.True, word);
        }
    }
}

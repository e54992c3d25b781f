using ClaimDiff.Text;

namespace ClaimDiff.Tests.Text;

public class SentenceSegmenterTests
{
    private static List<string> Split(string text) => new SentenceSegmenter().Segment(text).Select(s => s.Text).ToList();

    [Test]
    public void Splits_at_final_punctuation_before_a_capital()
        => Assert.That(Split("The ban starts today. Exports will stop! Will it last?"),
            Is.EqualTo(new[] { "The ban starts today.", "Exports will stop!", "Will it last?" }));

    [Test]
    public void Does_not_split_after_titles_months_or_company_suffixes()
        => Assert.That(Split("Mr. Tanaka met Dr. Li on Jan. 6 at Acme Corp. headquarters. They talked."),
            Is.EqualTo(new[] { "Mr. Tanaka met Dr. Li on Jan. 6 at Acme Corp. headquarters.", "They talked." }));

    [Test]
    public void Keeps_decimals_money_and_initials_inside_the_sentence()
        => Assert.That(Split("Shares fell 3.5% to $1.2bn, said J. K. Smith of the U.S. Treasury. Markets closed."),
            Is.EqualTo(new[] { "Shares fell 3.5% to $1.2bn, said J. K. Smith of the U.S. Treasury.", "Markets closed." }));

    [Test]
    public void Keeps_a_closing_quote_with_its_sentence()
        => Assert.That(Split("\"We will not back down.\" The minister left."),
            Is.EqualTo(new[] { "\"We will not back down.\"", "The minister left." }));

    [Test]
    public void Ends_a_headline_or_list_item_without_punctuation_at_its_line_break()
        => Assert.That(Split("Export ban widens\nChina restricted magnets on Monday.\n\n- Rare earths affected\n- Magnets affected"),
            Is.EqualTo(new[] { "Export ban widens", "China restricted magnets on Monday.", "- Rare earths affected", "- Magnets affected" }));

    [Test]
    public void Continues_a_hard_wrapped_sentence_across_a_line_break()
        => Assert.That(Split("The ministry said the rules\nwould apply to all exporters."),
            Is.EqualTo(new[] { "The ministry said the rules\nwould apply to all exporters." }));

    [Test]
    public void Gives_offsets_that_slice_the_text_exactly()
    {
        const string text = "  First one here.   Second one, with Mr. Ito.\n\nThird";
        foreach (var s in new SentenceSegmenter().Segment(text))
            Assert.That(text.Substring(s.Start, s.Text.Length), Is.EqualTo(s.Text));
    }

    [Test]
    public void Returns_nothing_for_blank_text()
        => Assert.That(Split(" \n\t "), Is.Empty);

    [TestCase('.')]
    [TestCase('!')]
    [TestCase('?')]
    public void Splits_a_megabyte_run_of_stops_in_linear_time(char stop)
    {
        var text = "The run starts here" + new string(stop, 1_000_000) + "and it goes on. Then it ends.";

        // A quadratic scan of the run takes hours; a linear one, milliseconds.
        var split = Task.Run(() => new SentenceSegmenter().Segment(text));

        Assert.That(split.Wait(TimeSpan.FromSeconds(30)), Is.True, "the segmenter did not finish within 30 s");
        Assert.That(split.Result.Select(x => x.Text).Last(), Is.EqualTo("Then it ends."));
    }

    [Test]
    public void Ends_a_sentence_at_a_run_of_stops_before_a_capital()
        => Assert.That(Split("Wait... Then it rained?! It did."), Is.EqualTo(new[] { "Wait...", "Then it rained?!", "It did." }));
}

using ClaimDiff.Cli.Evaluation;

namespace ClaimDiff.Tests.Cli;

public class PlantedStoriesTests
{
    [TestCase("Numeric", "She has worked there for 11 years, since 2003.", "She has worked there for 18 years, since 2003.")]
    [TestCase("Numeric", "About 1,200 people were evacuated from the town.", "About 1,920 people were evacuated from the town.")]
    [TestCase("Numeric", "It cost $45 and rose 12% in 2014 to 3.5 tonnes.", null)]
    [TestCase("Numeric", "He fell ill on Aug. 29 and died on 12 September, 15 days later.", "He fell ill on Aug. 29 and died on 12 September, 24 days later.")]
    [TestCase("Numeric", "The Mongols took Baghdad in 1258 with 150 siege engines.", "The Mongols took Baghdad in 1258 with 240 siege engines.")]
    [TestCase("Negation", "The factory will close next year, the union said.", "The factory will not close next year, the union said.")]
    [TestCase("Negation", "The factory will not close next year.", null)]
    [TestCase("Negation", "None of the claims were true, and he can't say more.", null)]
    [TestCase("Year", "The company was founded in 2012 by two engineers.", "The company was founded in 2015 by two engineers.")]
    [TestCase("Year", "It had 2012 employees and a 1,999-seat hall.", "It had 2015 employees and a 1,999-seat hall.")]
    public void Edits_one_figure_auxiliary_or_year_or_nothing(string kind, string sentence, string? expected)
        => Assert.That(PlantedStories.Edit(Enum.Parse<PlantedKind>(kind), sentence), Is.EqualTo(expected));

    [Test]
    public void Plants_the_kinds_in_turn_in_copies_that_differ_only_in_the_edited_sentence()
    {
        const string body = "The mayor spoke on Monday. The factory will close next year after 35 years of work, which began in 1989. Workers met.";
        var pairs = PlantedStories.Plant(Enumerable.Range(1, 4).Select(i => (i.ToString(), body)), perKind: 1);
        Assert.Multiple(() =>
        {
            Assert.That(string.Join(",", pairs.Select(p => p.Kind)), Is.EqualTo("Numeric,Negation,Year"));
            foreach (var p in pairs)
            {
                Assert.That(p.Original.Text[p.OriginalSpan.Start..p.OriginalSpan.End], Is.EqualTo(p.Before));
                Assert.That(p.Copy.Text[p.EditedSpan.Start..p.EditedSpan.End], Is.EqualTo(p.After));
                Assert.That(p.Copy.Text[..p.EditedSpan.Start] + p.Before + p.Copy.Text[p.EditedSpan.End..], Is.EqualTo(p.Original.Text));
                Assert.That(p.Original.Publisher, Is.Not.EqualTo(p.Copy.Publisher));
            }
        });
    }
}

using ClaimDiff.Comparison;

namespace ClaimDiff.Tests.Comparison;

public class RelationLabelsTests
{
    [TestCase("disagree", RelationLabel.Contradiction)]
    [TestCase("agree", RelationLabel.Agreement)]
    [TestCase("discuss", RelationLabel.Neutral)]
    [TestCase("unrelated", RelationLabel.Unrelated)]
    [TestCase("entailment", RelationLabel.Agreement)]
    [TestCase("contradiction", RelationLabel.Contradiction)]
    [TestCase("neutral", RelationLabel.Neutral)]
    [TestCase(" CONTRADICTION ", RelationLabel.Contradiction)]
    [TestCase("against", RelationLabel.Contradiction)]
    [TestCase("for", RelationLabel.Agreement)]
    [TestCase("observing", RelationLabel.Neutral)]
    public void Parses_fnc1_nli_and_emergent_labels(string name, RelationLabel expected)
        => Assert.That(RelationLabels.Parse(name), Is.EqualTo(expected));

    [Test]
    public void Rejects_an_unknown_label_with_a_format_exception()
        => Assert.Throws<FormatException>(() => RelationLabels.Parse("maybe"));

    [Test]
    public void Round_trips_every_label_through_its_name()
    {
        foreach (var label in Enum.GetValues<RelationLabel>())
            Assert.That(RelationLabels.Parse(label.ToName()), Is.EqualTo(label));
    }

    [Test]
    public void Names_the_date_time_type_in_snake_case()
        => Assert.That(DiscrepancyType.DateTime.ToName(), Is.EqualTo("date_time"));
}

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
        => Assert.That(DiscrepancyType.DateTime.Name, Is.EqualTo("date_time"));

    [Test]
    public void Conflict_types_are_equal_by_name_and_every_built_in_name_is_distinct()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new DiscrepancyType("numeric", "another description"), Is.EqualTo(DiscrepancyType.Numeric));
            Assert.That(new DiscrepancyType("numeric", "x") == DiscrepancyType.Numeric, Is.True);
            Assert.That(DiscrepancyType.Numeric != DiscrepancyType.DateTime, Is.True);
            Assert.That(DiscrepancyType.BuiltIn.Select(t => t.Name), Is.Unique);
        });
    }

    [TestCase("Quote")]
    [TestCase("quote-mismatch")]
    [TestCase("")]
    [TestCase("1st")]
    [TestCase("a_name_that_is_far_too_long_for_a_conflict_type")]
    public void A_conflict_type_name_that_is_not_snake_case_is_refused_with_the_name(string name)
    {
        var e = Assert.Throws<ArgumentException>(() => _ = new DiscrepancyType(name, "Some conflict."));
        Assert.That(e!.Message, Does.Contain($"'{name}'"));
    }
}

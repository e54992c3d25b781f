using ClaimDiff.Text;
using ClaimDiff.Comparison;
using ClaimDiff.Comparison.Internal;
using ClaimDiff.Subjects;

namespace ClaimDiff.Tests.Comparison;

public class ConflictFinderTests
{
    private static readonly TfidfEmbedder Embedder = new(DocumentFrequencies.Build(["placeholder text"], minCount: 1));

    private static List<ConflictEvidence> Find(string a, string b)
        => ConflictFinder.Find(TextAnalysis.Create(a, 0), TextAnalysis.Create(b, 0));

    private static void AssertSpans(ConflictEvidence e, string a, string b, string expectedA, string expectedB)
    {
        Assert.Multiple(() =>
        {
            Assert.That(a[e.First.Start..e.First.End], Is.EqualTo(expectedA));
            Assert.That(b[e.Second.Start..e.Second.End], Is.EqualTo(expectedB));
        });
    }

    [Test]
    public void Finds_a_scope_conflict_between_solely_and_across()
    {
        const string a = "The rules apply solely to state-owned banks.";
        const string b = "The rules apply across the banking sector.";

        var found = Find(a, b);

        Assert.That(found[0].Type, Is.EqualTo(DiscrepancyType.Scope));
        AssertSpans(found[0], a, b, "solely", "across");
    }

    [TestCase("The steel plant may close next year, the union said.", "The steel plant will close next year.", "may close", "close")]
    [TestCase("Shares dropped sharply after the results.", "Shares are expected to drop after the results.", "dropped", "expected to drop")]
    [TestCase("The minister reportedly resigned on Friday.", "The minister resigned on Friday.", "reportedly resigned", "resigned")]
    public void Finds_a_modality_conflict_where_one_text_hedges_what_the_other_asserts(string a, string b, string inA, string inB)
    {
        var found = Find(a, b).Where(e => e.Type == DiscrepancyType.Modality).ToList();

        Assert.That(found, Has.Count.EqualTo(1));
        AssertSpans(found[0], a, b, inA, inB);
    }

    [TestCase("The steel plant may close next year.", "The steel plant could close next year.")]
    [TestCase("The steel plant may close next year.", "The steel plant will not close next year.")]
    [TestCase("The steel plant may close next year.", "Will the steel plant close next year?")]
    [TestCase("The union claims the plant will close.", "The plant will close.")]
    public void Finds_no_modality_conflict_when_both_hedge_one_negates_or_one_asks(string a, string b)
        => Assert.That(Find(a, b).Where(e => e.Type == DiscrepancyType.Modality), Is.Empty);

    [Test]
    public void Treats_limited_to_as_one_narrow_scope_cue()
    {
        const string a = "Access is limited to registered members.";
        const string b = "Access is open to everyone in the city.";

        var found = Find(a, b).First(e => e.Type == DiscrepancyType.Scope);

        AssertSpans(found, a, b, "limited to", "everyone");
    }

    [Test]
    public void Does_not_find_a_scope_conflict_when_both_texts_are_narrow()
    {
        var found = Find("Only two firms bid for the contract.", "Just two companies bid for the deal.");

        Assert.That(found.Select(e => e.Type), Does.Not.Contain(DiscrepancyType.Scope));
    }

    [Test]
    public void Finds_different_percentages_as_a_numeric_conflict()
    {
        const string a = "About 60% of the supply comes from one country.";
        const string b = "About 45% of the supply comes from one country.";

        var found = Find(a, b);

        Assert.That(found[0].Type, Is.EqualTo(DiscrepancyType.Numeric));
        AssertSpans(found[0], a, b, "60%", "45%");
    }

    [Test]
    public void Finds_different_counts_of_the_same_thing_as_a_numeric_conflict()
    {
        const string a = "The fire killed 12 people on Monday.";
        const string b = "The fire killed 43 people on Monday.";

        var found = Find(a, b).Where(e => e.Type == DiscrepancyType.Numeric).ToList();

        Assert.That(found, Has.Count.EqualTo(1));
        AssertSpans(found[0], a, b, "12", "43");
    }

    [TestCase("At least 40 people died in the fire.", "The fire killed 43 people.")]
    [TestCase("More than 200 firms were affected.", "About 250 firms were affected.")]
    [TestCase("About 60% of exports go to Japan.", "Some 62% of exports go to Japan.")]
    [TestCase("Up to 30 ships were delayed.", "Officials counted 25 ships delayed.")]
    [TestCase("At least 40 people died in the fire.", "At least 43 people died in the fire.")]
    [TestCase("The company sold 5 factories.", "The company sold its shares for $349.")]
    [TestCase("Amazon had 2.6% of the downstream traffic.", "Amazon's share of the downstream traffic reached 2.58%.")]
    [TestCase("The session began at 7:10 PM in the hall.", "The session in the hall began at 7:45 PM.")]
    public void Finds_no_numeric_conflict_between_bounds_that_overlap_rounded_figures_times_or_numbers_of_different_things(string a, string b)
        => Assert.That(Find(a, b).Select(e => e.Type), Does.Not.Contain(DiscrepancyType.Numeric));

    [TestCase("More than 50 bodies were brought to the morgue.", "More than 80 bodies were brought to the morgue.")]
    [TestCase("Up to 30 ships were delayed at the port.", "Up to 300 ships were delayed at the port.")]
    public void Finds_a_numeric_conflict_between_bounds_of_one_direction_far_apart(string a, string b)
        => Assert.That(Find(a, b).Select(e => e.Type), Does.Contain(DiscrepancyType.Numeric));

    [Test]
    public void Finds_a_numeric_conflict_when_a_figure_breaks_a_bound()
        => Assert.That(Find("At least 40 people died in the fire.", "The fire killed 31 people.").Select(e => e.Type), Does.Contain(DiscrepancyType.Numeric));

    [TestCase("Four people died in the flood, police said.", "Seven people died in the flood, police said.", "Four", "Seven")]
    [TestCase("Fifty-two members backed the motion.", "Forty-eight members backed the motion.", "Fifty-two", "Forty-eight")]
    [TestCase("The judge sentenced him to seven years in prison.", "The judge gave him a five-year prison term.", "seven", "five-year")]
    [TestCase("Rask was sentenced to seven years in prison.", "Former chief executive Vivienne Rask was handed a five-year prison term.", "seven", "five-year")]
    [TestCase("Nineteen cases were confirmed in the district.", "In the district 27 cases were confirmed.", "Nineteen", "27")]
    public void Finds_numbers_written_in_words(string a, string b, string inA, string inB)
    {
        var found = Find(a, b).Where(e => e.Type == DiscrepancyType.Numeric).ToList();

        Assert.That(found, Has.Count.EqualTo(1));
        AssertSpans(found[0], a, b, inA, inB);
    }

    [TestCase("Two officials said one of the ships sank.", "Three of the ships sank, officials said.")]
    [TestCase("He heard a cluster of six gunshots followed by four more.", "He heard at least 10 gunshots, a cluster of six followed by four.")]
    [TestCase("Workers want a 9 per cent rise.", "Workers want a nine per cent rise.")]
    public void Finds_no_numeric_conflict_for_number_words_of_no_amount_parts_of_a_whole_or_one_figure_spelt_two_ways(string a, string b)
        => Assert.That(Find(a, b).Select(e => e.Type), Does.Not.Contain(DiscrepancyType.Numeric));

    [TestCase("Around 340 homes were flooded.", "Some 340 homes were affected by the water.", true)]
    [TestCase("Halden agreed to buy Greenway for about £2.1 billion.", "The deal values Greenway at £2.08 billion.", true)]
    [TestCase("The plant refines about 180,000 barrels of crude a day.", "The 180,000 barrel-per-day plant supplies the region.", true)]
    [TestCase("Halden paid £2.1bn for the chain.", "Halden paid £2.1 billion for the chain.", true)]
    [TestCase("Shareholders will receive 410p per share.", "Halden will pay 410 pence in cash for each share.", true)]
    [TestCase("Two firefighters were treated for minor burns.", "Two firefighters suffered minor burns on Tuesday.", true)]
    [TestCase("Two firefighters were treated for minor burns.", "Two firefighters were praised by the mayor.", false)]
    [TestCase("Apple is expected to ship almost 42 million units this year.", "The watch will ship 15.4 million units in 2015.", false)]
    [TestCase("The US dropped 28 bundles of supplies.", "Forces airdropped a total of 27 bundles of supplies.", false)]
    [TestCase("The new model has a 12-inch screen.", "The 12-inch model is much slimmer.", false)]
    [TestCase("He bought an iPhone 6 Plus yesterday.", "The iPhone 6 Plus bends in a pocket.", false)]
    [TestCase("The restaurant is open 24 hours a day.", "Morale in the town has shifted in the last 24 hours.", false)]
    [TestCase("The company will pay a dividend of €0.85 per share.", "Shares rose 0.85 per cent on Monday.", false)]
    public void Tells_when_two_texts_state_one_figure_about_one_thing(string a, string b, bool one)
        => Assert.That(ConflictFinder.StateOneFigure(a, b), Is.EqualTo(one));

    [TestCase("The deal is worth €40m, the company said.", "The deal is worth €65 million.", true)]
    [TestCase("The river fell by 40m over the summer.", "The river fell by 65 million over the summer.", false)]
    public void Reads_a_scale_written_onto_a_figure_after_a_currency_sign(string a, string b, bool conflict)
        => Assert.That(Find(a, b).Any(e => e.Type == DiscrepancyType.Numeric), Is.EqualTo(conflict));

    [Test]
    public void Takes_an_amount_per_share_for_no_percentage()
        => Assert.That(Find("The company will pay a dividend of €0.85 per share.", "Profit rose 12 per cent.").Select(e => e.Type), Does.Not.Contain(DiscrepancyType.Numeric));

    [TestCase("The system at the airport failed at 6.05am.", "The system at the airport failed at about 8.40am.", "6.05", "8.40")]
    [TestCase("The robbery at the shop happened at 10.15 a.m.", "The robbery at the shop happened at 9 p.m.", "10.15", "9")]
    public void Finds_different_times_of_day_as_a_date_conflict(string a, string b, string inA, string inB)
    {
        var found = Find(a, b).Where(e => e.Type == DiscrepancyType.DateTime || e.Type == DiscrepancyType.Numeric).ToList();

        Assert.That(found.Select(e => e.Type), Is.EqualTo(new[] { DiscrepancyType.DateTime }));
        AssertSpans(found[0], a, b, inA, inB);
    }

    [Test]
    public void Takes_a_vote_of_no_confidence_for_no_negation()
        => Assert.That(Find("The premier lost a vote of no confidence in the assembly.", "The premier lost a confidence vote in the assembly.").Select(e => e.Type),
            Does.Not.Contain(DiscrepancyType.Negation));

    [Test]
    public void Finds_no_conflict_between_one_time_of_day_written_two_ways()
        => Assert.That(Find("The system at the airport failed at 6 p.m.", "The system at the airport failed at 6pm.").Select(e => e.Type),
            Has.None.EqualTo(DiscrepancyType.DateTime).And.None.EqualTo(DiscrepancyType.Numeric));

    [Test]
    public void Does_not_find_a_numeric_conflict_when_the_numbers_match()
    {
        var found = Find("Officials counted 1,200 votes.", "Exactly 1200 votes were counted.");

        Assert.That(found.Select(e => e.Type), Does.Not.Contain(DiscrepancyType.Numeric));
    }

    [Test]
    public void Treats_the_same_date_in_two_formats_as_compatible()
    {
        var found = Find("The ban took effect on 6 January 2026.", "The export ban has applied since January 6, 2026.");

        Assert.That(found.Select(e => e.Type), Has.None.EqualTo(DiscrepancyType.DateTime).And.None.EqualTo(DiscrepancyType.Numeric));
    }

    [Test]
    public void Finds_different_days_as_a_date_conflict()
    {
        const string a = "The ban took effect on 6 January 2026.";
        const string b = "The ban took effect on January 16, 2026.";

        var found = Find(a, b);

        Assert.That(found[0].Type, Is.EqualTo(DiscrepancyType.DateTime));
        AssertSpans(found[0], a, b, "6 January 2026", "January 16, 2026");
    }

    [Test]
    public void Finds_rose_and_fell_as_antonyms()
    {
        const string a = "Shares rose sharply after the announcement.";
        const string b = "Shares fell sharply after the announcement.";

        var found = Find(a, b);

        Assert.That(found[0].Type, Is.EqualTo(DiscrepancyType.Antonym));
        AssertSpans(found[0], a, b, "rose", "fell");
    }

    [Test]
    public void Finds_a_negation_on_one_side_only()
    {
        const string a = "The factory will close next year.";
        const string b = "The factory will not close next year.";

        var found = Find(a, b).Single(e => e.Type == DiscrepancyType.Negation);

        AssertSpans(found, a, b, "close", "not close");
        Assert.That(found.Description, Is.EqualTo("\"close\" (affirmed) vs \"not close\" (negated)"), "named in the order of the claims");
    }

    [Test]
    public void Points_at_the_negation_whose_word_the_other_text_affirms()
    {
        const string a = "You do not need to adjust your set: you are actually looking at a giant crab.";
        const string b = "You do not need to adjust your set: you are not actually looking at a giant crab.";

        var found = Find(a, b).Single(e => e.Type == DiscrepancyType.Negation);

        AssertSpans(found, a, b, "actually", "not actually");
    }

    [TestCase("The president adopts a boy.", "adopts")]
    [TestCase("The president adopted a boy.", "adopted")]
    public void Points_a_negation_at_the_same_word_inflected_otherwise(string a, string affirmed)
    {
        const string b = "The president did not adopt a boy.";

        var found = Find(a, b).Single(e => e.Type == DiscrepancyType.Negation);

        AssertSpans(found, a, b, affirmed, "not adopt");
    }

    [Test]
    public void Passes_a_negation_over_an_adverb_to_the_word_it_qualifies()
    {
        const string a = "The mayor adopted the plan last week.";
        const string b = "The mayor did not actually adopt the plan last week.";

        var found = Find(a, b).Single(e => e.Type == DiscrepancyType.Negation);

        AssertSpans(found, a, b, "adopted", "not actually adopt");
    }

    [Test]
    public void Reads_an_answering_no_as_repeating_the_negation_that_follows_it()
    {
        const string a = "Loggers cut down the oldest tree in the park.";
        const string b = "No, loggers have not cut down the oldest tree in the park.";

        var found = Find(a, b).Single(e => e.Type == DiscrepancyType.Negation);

        AssertSpans(found, a, b, "cut", "not cut");
    }

    [Test]
    public void Keeps_an_answering_no_that_is_the_only_negation()
    {
        const string a = "The league will expand to a new city next year.";
        const string b = "The league will expand to a new city next year? No, says its commissioner.";

        Assert.That(Find(a, b).Select(e => e.Type), Does.Contain(DiscrepancyType.Negation));
    }

    [Test]
    public void Points_a_denial_at_the_words_that_call_the_report_false()
    {
        const string a = "The singer has died at the age of 88.";
        const string b = "Rumours that the singer has died are not true.";

        var found = Find(a, b).Single(e => e.Type == DiscrepancyType.Denial);

        Assert.That(b[found.Second.Start..found.Second.End], Is.EqualTo("not true"));
    }

    [Test]
    public void Finds_a_denial_in_the_second_text()
    {
        const string a = "The singer has retired from touring.";
        const string b = "Her agent dismissed the story as a hoax.";

        var found = Find(a, b).Single(e => e.Type == DiscrepancyType.Denial);

        Assert.That(b[found.Second.Start..found.Second.End], Is.EqualTo("hoax"));
    }

    [TestCase("Fake-news: the harbour will close for a year", "Fake-news")]
    [TestCase("The man behind the closing harbour story was exposed as a hoaxer", "hoaxer")]
    public void Reads_a_refuting_compound_or_a_hoaxer_as_a_denial(string b, string cue)
    {
        const string a = "The harbour will close for a year.";

        var found = Find(a, b).Single(e => e.Type == DiscrepancyType.Denial);

        Assert.That(b[found.Second.Start..found.Second.End], Is.EqualTo(cue));
    }

    [Test]
    public void Finds_no_denial_in_a_compound_that_merely_starts_like_a_refutation_word()
        => Assert.That(Find("The harbour will close for a year.", "A well-known harbour will close for a year.").Where(e => e.Type == DiscrepancyType.Denial), Is.Empty);

    [Test]
    public void Finds_nothing_between_two_wordings_of_the_same_fact()
    {
        var found = Find("The company hired 300 engineers in Berlin.", "In Berlin, the company hired 300 engineers.");

        Assert.That(found, Is.Empty);
    }

    [Test]
    public void Describes_the_scope_conflict_in_one_line()
    {
        var found = Find("The curbs apply only to the army.", "The curbs are broadly applied.");

        Assert.That(found[0].Description, Is.EqualTo("\"only\" (narrow scope) vs \"broadly\" (broad scope)"));
    }
}

public class PairFeaturizerTests
{
    [Test]
    public void Names_every_feature_once()
    {
        Assert.That(PairFeaturizer.Names, Has.Count.EqualTo(PairFeaturizer.FeatureCount));
        Assert.That(PairFeaturizer.Names, Is.Unique);
    }

    [Test]
    public void Gives_the_same_features_for_the_same_pair_every_time()
    {
        var featurizer = new PairFeaturizer(new TfidfEmbedder(DocumentFrequencies.Build(["the plant will open", "prices rose"], minCount: 1)), WordPairLexicon.Empty);
        float[] Featurize() => featurizer.Featurize(featurizer.ProfileClaim("The plant will open in May."), featurizer.ProfileArticle("The plant will not open. Prices rose.")).Values;

        var first = Featurize();
        var second = Featurize();

        Assert.That(second, Is.EqualTo(first));
    }
}

using ClaimDiff.Claims;
using ClaimDiff.Comparison;
using ClaimDiff.Comparison.Conflicts;
using ClaimDiff.Comparison.Internal;
using ClaimDiff.Subjects;
using Moq;

namespace ClaimDiff.Tests.Comparison;

public class SubjectComparerTests
{
    private static readonly Relation Contradiction = new()
    {
        Label = RelationLabel.Contradiction,
        Confidence = 0.9f,
        Scores = new Dictionary<RelationLabel, float> { [RelationLabel.Contradiction] = 0.9f, [RelationLabel.Neutral] = 0.1f },
        Type = DiscrepancyType.Scope,
        Evidence = [new ConflictEvidence(DiscrepancyType.Scope, new TextRange(0, 4), new TextRange(0, 7), "only versus broadly")],
    };

    private static Claim NewClaim(int n, string source, string content, int start)
        => new() { Id = "c" + n, ArticleId = "a1", Text = content, Content = content, Source = source, Start = start };

    private static (IReadOnlyList<Discrepancy> Discrepancies, Mock<IRelationClassifier> Classifier) Compare(params Claim[] claims)
        => Compare(Contradiction, claims);

    /// <summary>Compares with a mocked classifier; every cross-source pair is compared unless <paramref name="options"/> says otherwise.</summary>
    private static (IReadOnlyList<Discrepancy> Discrepancies, Mock<IRelationClassifier> Classifier) Compare(Relation relation, params Claim[] claims)
        => Compare(relation, new ComparisonOptions { MinimumClaimSimilarity = 0 }, claims);

    private static (IReadOnlyList<Discrepancy> Discrepancies, Mock<IRelationClassifier> Classifier) Compare(Relation relation, ComparisonOptions options, params Claim[] claims)
    {
        var classifier = LexicalClassifier();
        classifier.Setup(c => c.Classify(It.IsAny<string>(), It.IsAny<string>())).Returns(relation);
        var subject = new Subject { Id = "s1", Label = "export curbs", ClaimIds = claims.Select(c => c.Id).ToList(), RepresentativeClaimId = claims[0].Id };
        var (discrepancies, _) = new SubjectComparer(options).Compare(claims, [subject], classifier.Object);
        return (discrepancies, classifier);
    }

    private static Relation Leaning(RelationLabel other, float agreement) => new()
    {
        Label = agreement >= 0.5f ? RelationLabel.Agreement : other,
        Confidence = Math.Max(agreement, 1 - agreement),
        Scores = new Dictionary<RelationLabel, float> { [RelationLabel.Agreement] = agreement, [other] = 1 - agreement },
    };

    [TestCase("Two employees were treated in hospital for smoke inhalation and released on Thursday.", false, true)]
    [TestCase("Two employees were treated in hospital for smoke inhalation and released on Thursday.", true, false)]
    [TestCase("Both of them went home on Thursday, the company said.", false, false)]
    public void Lists_a_restatement_the_classifier_calls_neutral_as_agreeing_when_no_conflict_is_typed(string b, bool typed, bool listed)
    {
        // A detail added makes an NLI model say neutral; much shared wording and no typed conflict make it a corroboration.
        var a = NewClaim(1, "The Herald", "Two employees were treated in hospital for smoke inhalation.", 0);
        var neutral = new Relation
        {
            Label = RelationLabel.Neutral,
            Confidence = 0.7f,
            Scores = new Dictionary<RelationLabel, float> { [RelationLabel.Neutral] = 0.7f, [RelationLabel.Agreement] = 0.2f, [RelationLabel.Contradiction] = 0.1f },
            Evidence = typed ? [new ConflictEvidence(DiscrepancyType.Modality, new TextRange(0, 3), new TextRange(0, 3), "hedge")] : [],
        };
        var (_, agreements) = CompareBothWays(a, NewClaim(2, "The Wire", b, 80), neutral, neutral);
        Assert.That(agreements.Select(g => g.Confidence), Is.EqualTo(listed ? new[] { 0.9f } : Array.Empty<float>()).Within(1e-6f));
    }

    [TestCase("Some 340 homes were affected, most of them near the river, the council said.", 0.2f, true)]
    [TestCase("Some 340 homes were affected, most of them near the river, the council said.", 0.6f, false)]
    [TestCase("Some 290 homes were affected, most of them near the river, the council said.", 0.2f, false)]
    [TestCase("The river reached homes in the old quarter, the council said.", 0.2f, false)]
    public void Lists_claims_that_state_one_figure_as_agreeing_unless_the_classifier_would_report_them(string b, float contradiction, bool listed)
    {
        // Outlets that write their own sentences share a figure far more often than wording.
        var a = NewClaim(1, "The Herald", "Around 340 homes were flooded overnight.", 0);
        var relation = new Relation
        {
            Label = contradiction >= 0.5f ? RelationLabel.Contradiction : RelationLabel.Neutral,
            Confidence = Math.Max(contradiction, 0.6f),
            Scores = new Dictionary<RelationLabel, float> { [RelationLabel.Contradiction] = contradiction, [RelationLabel.Neutral] = 0.6f, [RelationLabel.Agreement] = 0.1f },
        };
        var (discrepancies, agreements) = CompareBothWays(a, NewClaim(2, "The Wire", b, 80), relation, relation);

        Assert.That(agreements.Select(g => g.Confidence), Is.EqualTo(listed ? new[] { 0.7f } : Array.Empty<float>()).Within(1e-6f));
        Assert.That(discrepancies, Is.Empty);
    }

    [TestCase(0.7f, 0.3f, true)]
    [TestCase(0.6f, 0.2f, false)]
    [TestCase(0.3f, 0.7f, true)]
    [TestCase(0.05f, 0.9f, false)]
    public void Reports_an_agreement_when_the_claims_agree_on_average_over_both_orders(float forwards, float backwards, bool reported)
    {
        var a = NewClaim(1, "Trade data", "Most of the imports come from China.", 0);
        var b = NewClaim(2, "The Journal", "The bulk of the imports are Chinese.", 50);
        var classifier = LexicalClassifier();
        classifier.Setup(c => c.Classify(a.Content, b.Content)).Returns(Leaning(RelationLabel.Neutral, forwards));
        classifier.Setup(c => c.Classify(b.Content, a.Content)).Returns(Leaning(RelationLabel.Neutral, backwards));
        var subject = new Subject { Id = "s1", Label = "imports", ClaimIds = ["c1", "c2"], RepresentativeClaimId = "c1" };

        var (_, agreements) = new SubjectComparer(new ComparisonOptions()).Compare([a, b], [subject], classifier.Object);

        Assert.That(agreements.Select(g => g.Confidence), Is.EqualTo(reported ? new[] { (forwards + backwards) / 2 } : Array.Empty<float>()));
    }

    [TestCase("Roughly 60% of the rare earth imports of Japan come from China.", true)]
    [TestCase("The ruling came after remarks on Taiwan by the prime minister, which officials called interference in internal affairs.", false)]
    [TestCase("Officials from Japan and China met in Geneva.", false)]
    public void Lists_as_corroborating_only_claims_that_share_wording(string other, bool reported)
    {
        var a = NewClaim(1, "Trade data", "About 60% of Japan's rare earth imports come from China.", 0);
        var b = NewClaim(2, "The digest", other, 80);
        var classifier = LexicalClassifier();
        classifier.Setup(c => c.Classify(It.IsAny<string>(), It.IsAny<string>())).Returns(Leaning(RelationLabel.Neutral, 0.8f));
        var subject = new Subject { Id = "s1", Label = "imports", ClaimIds = ["c1", "c2"], RepresentativeClaimId = "c1" };

        var (_, agreements) = new SubjectComparer(new ComparisonOptions { MinimumClaimSimilarity = 0 }).Compare([a, b], [subject], classifier.Object);

        Assert.That(agreements, reported ? Has.Count.EqualTo(1) : Is.Empty);
    }

    [Test]
    public void A_pair_the_classifier_calls_a_contradiction_is_never_an_agreement()
    {
        var a = NewClaim(1, "The ministry", "Only military users are covered by the curbs.", 0);
        var b = NewClaim(2, "The Journal", "The curbs cover civilian users broadly.", 50);
        var classifier = LexicalClassifier();
        classifier.Setup(c => c.Classify(a.Content, b.Content)).Returns(Leaning(RelationLabel.Contradiction, 0.45f));
        classifier.Setup(c => c.Classify(b.Content, a.Content)).Returns(Leaning(RelationLabel.Neutral, 0.9f));
        var subject = new Subject { Id = "s1", Label = "curbs", ClaimIds = ["c1", "c2"], RepresentativeClaimId = "c1" };

        var (_, agreements) = new SubjectComparer(new ComparisonOptions { MinimumClaimSimilarity = 0 }).Compare([a, b], [subject], classifier.Object);

        Assert.Multiple(() =>
        {
            Assert.That(agreements, Is.Empty);
            classifier.Verify(c => c.Classify(b.Content, a.Content), Times.Never);
        });
    }

    [Test]
    public void Does_not_compare_claims_that_share_no_wording_by_default()
    {
        var (discrepancies, classifier) = Compare(Contradiction, new ComparisonOptions(),
            NewClaim(1, "The ministry", "Only military users are covered by the export curbs.", 0),
            NewClaim(2, "The Journal", "The export curbs apply broadly.", 60),
            NewClaim(3, "The Times", "A football match ended in a draw.", 120));
        Assert.Multiple(() =>
        {
            classifier.Verify(c => c.Classify(It.IsAny<string>(), It.IsAny<string>()), Times.Once);
            Assert.That(discrepancies.Select(d => (d.ClaimA.Id, d.ClaimB.Id)), Is.EqualTo(new[] { ("c1", "c2") }));
        });
    }

    [Test]
    public void Compares_only_claims_from_different_sources()
    {
        var (discrepancies, classifier) = Compare(
            NewClaim(1, "The ministry", "Only military users are covered.", 0),
            NewClaim(2, "the Ministry", "All exports are reviewed.", 40),
            NewClaim(3, "The Journal", "Curbs apply broadly.", 80));
        Assert.Multiple(() =>
        {
            classifier.Verify(c => c.Classify(It.IsAny<string>(), It.IsAny<string>()), Times.Exactly(2));
            Assert.That(discrepancies.Select(d => (d.ClaimA.Id, d.ClaimB.Id)), Is.EqualTo(new[] { ("c1", "c3"), ("c2", "c3") }));
        });
    }

    [Test]
    public void An_explanation_reads_a_participle_cue_as_a_finite_verb()
    {
        var a = NewClaim(1, "The Pentagon", "It airdropped 28 bundles of weapons.", 0) with { Cue = "said" };
        var b = NewClaim(2, "The Journal", "It airdropped 45 bundles of weapons.", 0) with { ArticleId = "a2", Cue = "indicating" };
        var (discrepancies, _) = Compare(a, b);
        Assert.That(discrepancies.Single().Explanation, Does.StartWith("The Pentagon said \"It airdropped 28 bundles of weapons.\", while The Journal is indicating \"It airdropped 45"));
    }

    [Test]
    public void Compares_claims_of_one_source_in_different_articles()
    {
        var a = NewClaim(1, "The Pentagon", "It airdropped 28 bundles of weapons.", 0);
        var b = NewClaim(2, "the Pentagon", "It airdropped 45 bundles of weapons.", 0) with { ArticleId = "a2" };
        var (discrepancies, classifier) = Compare(a, b);
        Assert.Multiple(() =>
        {
            classifier.Verify(c => c.Classify(It.IsAny<string>(), It.IsAny<string>()), Times.Once);
            Assert.That(discrepancies.Single().Explanation, Does.StartWith("The Pentagon states \"It airdropped 28 bundles of weapons.\" in one article and states"));
        });
    }

    [Test]
    public void Compares_a_claim_a_source_repeats_once_through_its_first_statement()
    {
        var claims = Enumerable.Range(1, 500).Select(i => NewClaim(i, "The ministry", "Only military users are covered.", i * 40))
            .Append(NewClaim(501, "The Journal", "Curbs apply broadly.", 30_000)).ToArray();
        var (discrepancies, classifier) = Compare(claims);
        Assert.Multiple(() =>
        {
            classifier.Verify(c => c.Classify(It.IsAny<string>(), It.IsAny<string>()), Times.Once);
            Assert.That(discrepancies.Single().ClaimA.Id, Is.EqualTo("c1"));
        });
    }

    /// <summary>Compares claim <paramref name="a"/> of one source with claim <paramref name="b"/> of another, the classifier finding one conflict.</summary>
    private static IReadOnlyList<Discrepancy> CompareWithEvidence(string a, string b, DiscrepancyType type, float confidence, TextRange inA, TextRange inB)
    {
        var relation = Contradiction with
        {
            Confidence = confidence,
            Type = type,
            Evidence = [new ConflictEvidence(type, inA, inB, $"{a[inA.Start..inA.End]} vs {b[inB.Start..inB.End]}")],
        };
        return Compare(relation, NewClaim(1, "The agency", a, 0), NewClaim(2, "The Journal", b, 50)).Discrepancies;
    }

    [TestCase(Modality.Reported, true)]
    [TestCase(Modality.Denied, false)]
    public void Takes_no_denial_for_a_discrepancy_against_a_claim_that_denies_the_same_thing(Modality other, bool reported)
    {
        const string a = "The operator found no evidence of malicious activity on its network.";
        const string b = "ruled out any malicious activity on its network, blaming a software fault";
        var cue = a.IndexOf("no evidence", StringComparison.Ordinal);
        var relation = Contradiction with
        {
            Type = DiscrepancyType.Denial,
            Evidence = [new ConflictEvidence(DiscrepancyType.Denial, new TextRange(cue, cue + 11), new TextRange(0, b.Length), "no evidence")],
        };
        var (discrepancies, _) = Compare(relation, NewClaim(1, "The operator", a, 0), NewClaim(2, "The air navigation service", b, 90) with { Modality = other });
        Assert.That(discrepancies, Has.Count.EqualTo(reported ? 1 : 0));
    }

    [TestCase("Chlorine bombs are easy to build.", 0.95f, false)]
    [TestCase("The agency made the figures public on Monday.", 0.8f, false)]
    [TestCase("The agency made the figures public on Monday.", 0.95f, true)]
    public void Reports_a_negation_against_a_whole_claim_only_when_the_classifier_is_sure_and_the_claims_restate_one_statement(string b, float confidence, bool reported)
    {
        const string a = "The agency has not made the figures public.";
        var discrepancies = CompareWithEvidence(a, b, DiscrepancyType.Negation, confidence, new TextRange(15, 23), new TextRange(0, b.Length));
        Assert.That(discrepancies, Has.Count.EqualTo(reported ? 1 : 0));
    }

    [TestCase("Only", "widely", false)]
    [TestCase("Only", "all", true)] // "all" over the same buyers as "only"
    [TestCase("Only", "broadly", true)]
    public void Takes_only_proper_narrowing_and_widening_words_for_a_scope_conflict(string narrow, string broad, bool reported)
    {
        var a = $"{narrow} military buyers face the export curbs.";
        var b = $"The export curbs hit {broad} buyers.";
        var discrepancies = CompareWithEvidence(a, b, DiscrepancyType.Scope, 0.8f, new TextRange(0, narrow.Length), new TextRange(b.IndexOf(broad), b.IndexOf(broad) + broad.Length));
        Assert.That(discrepancies, Has.Count.EqualTo(reported ? 1 : 0));
    }

    [TestCase("The order covers every cooling tower in the city.", "The order applies only to cooling towers near the outbreak.", true)]
    [TestCase("The order came after all the inspections in the city.", "The order applies only to cooling towers near the outbreak.", false)]
    [TestCase("The club said every supporter who attended would receive a full refund for the match.", "The club said refunds for the match will go only to fans who bought tickets on the day.", true)]
    public void Takes_every_against_only_for_a_scope_conflict_over_the_same_thing_or_in_a_restated_claim(string a, string b, bool reported)
    {
        var cue = a.Contains("every") ? "every" : "all";
        var (at, only) = (a.IndexOf(cue, StringComparison.Ordinal), b.IndexOf("only", StringComparison.Ordinal));
        var discrepancies = CompareWithEvidence(a, b, DiscrepancyType.Scope, 0.8f, new TextRange(at, at + cue.Length), new TextRange(only, only + 4));
        Assert.That(discrepancies, Has.Count.EqualTo(reported ? 1 : 0));
    }

    [TestCase("He was captured in Syria on Thanksgiving Day 2012.", "He was captured in Syria on Thanksgiving Day 2015.", true)]
    [TestCase("Smith opened the Austin store in 2012.", "Sales at the Austin store fell sharply in 2015.", false)]
    public void Takes_years_for_conflicting_dates_in_a_restated_claim_even_among_names(string a, string b, bool reported)
    {
        var (ya, yb) = (a.IndexOf("201", StringComparison.Ordinal), b.IndexOf("201", StringComparison.Ordinal));
        var discrepancies = CompareWithEvidence(a, b, DiscrepancyType.DateTime, 0.7f, new TextRange(ya, ya + 4), new TextRange(yb, yb + 4));
        Assert.That(discrepancies, Has.Count.EqualTo(reported ? 1 : 0));
    }

    [TestCase("The 12-inch model costs $999.", "The 13-inch model costs $999.", false)]
    [TestCase("The phone weighs 21 grams more than last year's.", "The phone weighs 173 grams.", false)]
    [TestCase("Police arrested an additional 14 officers over the disappearance.", "Police arrested 22 officers over the disappearance.", false)]
    [TestCase("The phone weighs 152 grams.", "The phone weighs 173 grams.", true)]
    [TestCase("The motion passed by a majority of 9 votes in the assembly.", "The motion passed with 48 votes in the assembly.", false)]
    [TestCase("The motion passed with 41 votes in the assembly.", "The motion passed with 48 votes in the assembly.", true)]
    [TestCase("Buyers can expect to pay $1,200 for the gold watch.", "The sport model will cost buyers $349.", false)]
    [TestCase("Buyers can expect to pay $1,200 for the gold watch.", "Buyers can expect to pay $349 for the watch.", true)]
    [TestCase("Police offered a $7 million reward for information on his whereabouts.", "Police offered a reward of 1 million pesos for information on his whereabouts.", false)]
    public void Takes_neither_model_sizes_nor_differences_nor_figures_with_one_shared_word_for_conflicting_figures(string a, string b, bool reported)
    {
        var discrepancies = CompareWithEvidence(a, b, DiscrepancyType.Numeric, 0.7f, FirstNumber(a), FirstNumber(b));
        Assert.That(discrepancies, Has.Count.EqualTo(reported ? 1 : 0));

        static TextRange FirstNumber(string text)
        {
            var start = text.IndexOfAny("0123456789".ToCharArray());
            var end = start;
            while (end < text.Length && char.IsDigit(text[end])) end++;
            return new TextRange(start, end);
        }
    }

    [Test]
    public void Needs_a_shared_word_near_both_opposites()
    {
        const string a = "Banksy's real name was revealed.", b = "The website publishes fake stories.";
        var discrepancies = CompareWithEvidence(a, b, DiscrepancyType.Antonym, 0.7f, new TextRange(9, 13), new TextRange(22, 26));
        Assert.That(discrepancies, Is.Empty);
    }

    [Test]
    public void Reports_a_negation_pinned_to_the_same_word_on_both_sides()
    {
        const string a = "Officials have not banned the exports.", b = "Officials banned the exports in May.";
        var discrepancies = CompareWithEvidence(a, b, DiscrepancyType.Negation, 0.6f, new TextRange(15, 25), new TextRange(10, 16));
        Assert.That(discrepancies.Single().Type, Is.EqualTo(DiscrepancyType.Negation));
    }

    [Test]
    public void Does_not_take_opposite_function_words_for_a_conflict()
    {
        const string a = "He left the office before the storm.", b = "The roads closed after the storm hit.";
        var discrepancies = CompareWithEvidence(a, b, DiscrepancyType.Antonym, 0.7f, new TextRange(19, 25), new TextRange(17, 22));
        Assert.That(discrepancies, Is.Empty);
    }

    [TestCase("girl", "boy", false)]
    [TestCase("woman", "man", false)]
    [TestCase("first", "last", false)]
    [TestCase("inside", "outside", false)]
    [TestCase("real", "fake", false)]
    [TestCase("allowed", "banned", true)]
    public void Takes_opposites_that_name_people_or_place_events_for_different_things_not_a_conflict(string first, string second, bool reported)
    {
        string a = $"Officials said the {first} was at the border crossing.", b = $"Officials said the {second} was at the border crossing on Monday.";
        var discrepancies = CompareWithEvidence(a, b, DiscrepancyType.Antonym, 0.7f,
            new TextRange(19, 19 + first.Length), new TextRange(19, 19 + second.Length));
        Assert.That(discrepancies, reported ? Has.Count.EqualTo(1) : Is.Empty);
    }

    [TestCase("Officials have not banned the exports.", "Officials banned the exports in May.", 10, 16, true)]
    [TestCase("Officials have not banned the exports.", "Officials did not say they banned the exports.", 27, 33, false)]
    [TestCase("Officials have not banned the exports.", "Officials said they were unable to ban the exports.", 35, 38, false)]
    [TestCase("Officials have not banned the exports.", "Officials banned nothing of the exports.", 10, 16, false)]
    public void Needs_the_other_claim_to_affirm_the_negated_word(string a, string b, int start, int end, bool reported)
    {
        var discrepancies = CompareWithEvidence(a, b, DiscrepancyType.Negation, 0.6f, new TextRange(15, 25), new TextRange(start, end));
        Assert.That(discrepancies, reported ? Has.Count.EqualTo(1) : Is.Empty);
    }

    [TestCase("Officials said Baghdadi gave a sermon.", 15, 23)]
    [TestCase("Abu Bakr's wife gave a sermon, officials said.", 0, 3)]
    public void Does_not_take_a_name_for_the_affirmed_side_of_a_negation(string b, int start, int end)
    {
        const string a = "She is not Baghdadi's wife, officials said.";
        var discrepancies = CompareWithEvidence(a, b, DiscrepancyType.Negation, 0.6f, new TextRange(7, 20), new TextRange(start, end));
        Assert.That(discrepancies, Is.Empty);
    }

    [TestCase("They were detained in northern Lebanon.", "They were detained in northern Lebanon.", false)]
    [TestCase("They were detained in northern Lebanon.", "They were detained in northern Lebanon after a fake passport was found.", false)]
    [TestCase("They were detained in northern Lebanon.", "They were detained in southern Lebanon.", true)]
    [TestCase("There was no answer from the Austrian Times or EuroPics.", "It spread after the Austrian Times and EuroPics published it.", false)]
    public void A_claim_repeated_by_the_other_is_no_discrepancy_without_pinpointed_evidence(string a, string b, bool reported)
    {
        var general = new Relation
        {
            Label = RelationLabel.Contradiction,
            Confidence = 0.95f,
            Scores = new Dictionary<RelationLabel, float> { [RelationLabel.Contradiction] = 0.95f, [RelationLabel.Neutral] = 0.05f },
            Type = DiscrepancyType.General,
        };
        var (discrepancies, _) = Compare(general, NewClaim(1, "The police", a, 0), NewClaim(2, "The Times", b, 100));
        Assert.That(discrepancies, reported ? Has.Count.EqualTo(1) : Is.Empty);
    }

    [Test]
    public void Lists_the_pinpointed_evidence_first()
    {
        var relation = Contradiction with
        {
            Type = DiscrepancyType.Scope,
            Evidence =
            [
                new ConflictEvidence(DiscrepancyType.Scope, new TextRange(0, 3), new TextRange(0, 4), "\"all\" vs \"only\""),
                new ConflictEvidence(DiscrepancyType.Numeric, new TextRange(12, 14), new TextRange(5, 7), "40 vs 43"),
            ],
        };
        var (discrepancies, _) = Compare(relation,
            NewClaim(1, "The ministry", "All in all, 40 of the plants closed.", 0),
            NewClaim(2, "The Journal", "Only 43 of the plants closed.", 60));
        Assert.That(discrepancies.Single().Evidence.Select(e => e.Type), Is.EqualTo(new[] { DiscrepancyType.Numeric, DiscrepancyType.Scope }));
    }

    [Test]
    public void Takes_a_span_over_all_of_a_claims_words_but_its_full_stop_for_the_whole_claim()
    {
        const string a = "The agency called the report false.", b = "The agency made the figures public on Monday.";
        var discrepancies = CompareWithEvidence(a, b, DiscrepancyType.Denial, 0.8f, new TextRange(29, 34), new TextRange(0, b.Length - 1));
        Assert.That(discrepancies, Is.Empty);
    }

    [TestCase("The aid worker was kidnapped in March 2013.", "The aid worker was kidnapped in August 2013.", true)]
    [TestCase("The aid worker was kidnapped in March 2013.", "The trial of the gang began in August 2013.", false)]
    public void Needs_two_shared_words_near_conflicting_dates(string a, string b, bool reported)
    {
        var discrepancies = CompareWithEvidence(a, b, DiscrepancyType.DateTime, 0.7f, Date(a), Date(b));
        Assert.That(discrepancies, Has.Count.EqualTo(reported ? 1 : 0));

        static TextRange Date(string text) => new(text.IndexOf(" in ", StringComparison.Ordinal) + 4, text.Length - 1);
    }

    [TestCase("He pleaded guilty to possession of drugs in 2004.", "He pleaded guilty to uttering threats in 2012.", false)]
    [TestCase("The software company was founded in 2012 by former engineers in Austin.", "The software company was founded in 2015 by former engineers in Austin.", true)]
    public void Takes_years_far_apart_for_different_events_unless_the_sentence_is_restated(string a, string b, bool reported)
    {
        var discrepancies = CompareWithEvidence(a, b, DiscrepancyType.DateTime, 0.7f, Year(a), Year(b));
        Assert.That(discrepancies, Has.Count.EqualTo(reported ? 1 : 0));

        static TextRange Year(string text) => new(text.IndexOf("20", StringComparison.Ordinal), text.IndexOf("20", StringComparison.Ordinal) + 4);
    }

    [TestCase("The singer is not dead, his agent said.", "The singer is alive and well, his agent said.", false)]
    [TestCase("The singer is dead, his agent said.", "The singer is alive and well, his agent said.", true)]
    public void Takes_an_opposite_negated_on_one_side_for_agreement_not_conflict(string a, string b, bool reported)
    {
        var (first, second) = (a.IndexOf("dead", StringComparison.Ordinal), b.IndexOf("alive", StringComparison.Ordinal));
        var discrepancies = CompareWithEvidence(a, b, DiscrepancyType.Antonym, 0.7f, new TextRange(first, first + 4), new TextRange(second, second + 5));
        Assert.That(discrepancies, Has.Count.EqualTo(reported ? 1 : 0));
    }

    [TestCase("The singer was found dead, his agent said.", true)]
    [TestCase("A story claiming the singer was found dead, his agent said, is a hoax.", false)]
    public void Takes_an_opposite_in_a_claim_that_refutes_something_for_the_refuted_report(string a, bool reported)
    {
        const string b = "The singer is alive, his agent said.";
        var first = a.IndexOf("dead", StringComparison.Ordinal);
        var discrepancies = CompareWithEvidence(a, b, DiscrepancyType.Antonym, 0.7f, new TextRange(first, first + 4), new TextRange(14, 19));
        Assert.That(discrepancies, Has.Count.EqualTo(reported ? 1 : 0));
    }

    [TestCase("Macaulay Culkin was found dead, his agent said.", true)]
    [TestCase("Police said the gunman was dead in the hall.", false)]
    public void Needs_two_words_or_names_near_a_negated_word_and_its_affirmed_twin(string b, bool reported)
    {
        const string a = "Macaulay Culkin is not dead, his agent said.";
        var at = b.IndexOf("dead", StringComparison.Ordinal);
        var discrepancies = CompareWithEvidence(a, b, DiscrepancyType.Negation, 0.6f, new TextRange(19, 27), new TextRange(at, at + 4));
        Assert.That(discrepancies, Has.Count.EqualTo(reported ? 1 : 0));
    }

    [TestCase("The ban only recently came to light, officials said.", false)]
    [TestCase("It was the only ban, officials said.", false)]
    [TestCase("The ban only covers military buyers, officials said.", true)]
    public void Takes_an_only_of_time_or_an_adjective_for_no_scope(string a, bool reported)
    {
        const string b = "The ban applies broadly, officials said.";
        var at = a.IndexOf("only", StringComparison.Ordinal);
        var discrepancies = CompareWithEvidence(a, b, DiscrepancyType.Scope, 0.8f, new TextRange(at, at + 4), new TextRange(16, 23));
        Assert.That(discrepancies, Has.Count.EqualTo(reported ? 1 : 0));
    }

    [TestCase(false, false)]
    [TestCase(true, true)]
    public void A_sure_verdict_is_believed_with_evidence_that_cannot_be_placed_but_not_with_evidence_set_aside(bool againstWholeClaim, bool reported)
    {
        // "Fun" names the festival, so a negation pinned to it is set aside; one set against the whole claim says nothing either way.
        const string a = "The Fun Fun Fun festival was not fun.", b = "The Fun Fun Fun festival was Fun, the crowds said.";
        var discrepancies = CompareWithEvidence(a, b, DiscrepancyType.Negation, 0.95f, new TextRange(29, 36), againstWholeClaim ? new TextRange(0, b.Length) : new TextRange(29, 32));
        Assert.That(discrepancies, Has.Count.EqualTo(reported ? 1 : 0));
    }

    [TestCase("The judges call themselves judges instead of arbitrators.", false)]
    [TestCase("The judges call themselves arbitrators.", true)]
    public void Takes_a_word_after_instead_of_for_negated(string b, bool reported)
    {
        const string a = "The judges call themselves judges, not arbitrators.";
        var at = b.IndexOf("arbitrators", StringComparison.Ordinal);
        var discrepancies = CompareWithEvidence(a, b, DiscrepancyType.Negation, 0.6f, new TextRange(35, 50), new TextRange(at, at + 11));
        Assert.That(discrepancies, Has.Count.EqualTo(reported ? 1 : 0));
    }

    [TestCase("Officials say the story that the steel plant closed last week is a hoax.", "hoax", true)]
    [TestCase("Officials say the story that the steel plant closed last week is a rumour.", "rumour", false)]
    [TestCase("Did the steel plant close last week, or is the story a hoax?", "hoax", false)]
    [TestCase("Officials deny that the story of the steel plant closing last week is a hoax.", "deny", false)]
    [TestCase("Workers at the steel plant that closed last week were denied their pay.", "denied", false)]
    [TestCase("Officials denied that the steel plant closed last week.", "denied", true)]
    [TestCase("Steel plant closed last week rumours not true, officials say.", "not true", true)]
    [TestCase("The hoax says the steel plant closed last week, but that is not true.", "not true", false)]
    public void Takes_a_denial_for_a_discrepancy_when_it_says_a_restated_report_is_false(string a, string cue, bool reported)
    {
        const string b = "The steel plant closed last week, the union said.";
        var at = a.IndexOf(cue, StringComparison.Ordinal);
        var discrepancies = CompareWithEvidence(a, b, DiscrepancyType.Denial, 0.7f, new TextRange(at, at + cue.Length), new TextRange(0, b.Length));
        Assert.That(discrepancies, Has.Count.EqualTo(reported ? 1 : 0));
    }

    [TestCase("The steel plant in Harwick will close in March.", true)]
    [TestCase("The steel plant in Harwick employs 900 people.", false)]
    public void Takes_a_sources_denial_for_a_discrepancy_only_against_a_claim_restating_what_it_denies(string b, bool reported)
    {
        // A claim credited with "denied" keeps the verb in its content; sharing the plant's name and two words is not enough.
        const string a = "denied that the steel plant in Harwick would close in March";
        var relation = Contradiction with
        {
            Confidence = 0.7f,
            Type = DiscrepancyType.Denial,
            Evidence = [new ConflictEvidence(DiscrepancyType.Denial, new TextRange(0, 6), new TextRange(0, b.Length), "denied")],
        };
        var denial = NewClaim(1, "The ministry", a, 0) with { Modality = Modality.Denied };
        var (discrepancies, _) = Compare(relation, denial, NewClaim(2, "The union", b, 80));
        Assert.That(discrepancies, Has.Count.EqualTo(reported ? 1 : 0));
    }

    [TestCase("The studio confirms Daniel Clark to play Henry Ford opposite Maya Lewis.", true)]
    [TestCase("Organisers of the annual village fundraiser announced this morning that Daniel Clark will play football with Henry Ford's grandson for charity at the school on Saturday, when the village also celebrates the reopening of its library and a new playground, with market stalls, a brass band, a dog show and fireworks over the river in the evening.", false)]
    public void Takes_a_negation_about_names_alone_as_about_one_thing_in_claims_that_share_much_wording(string b, bool reported)
    {
        // The words both claims share near "not be playing" / "play" are names only; that suffices in claims whose
        // wording is close (TF-IDF cosine 0.68), not in the long second one (0.40).
        const string a = "As it turns out, Daniel Clark will not be playing Henry Ford.";
        var at = b.IndexOf("play", StringComparison.Ordinal);
        var discrepancies = CompareWithEvidence(a, b, DiscrepancyType.Negation, 0.6f, new TextRange(30, 49), new TextRange(at, at + 4));
        Assert.That(discrepancies, Has.Count.EqualTo(reported ? 1 : 0));
    }

    [TestCase("The ministry declined to comment on the plan.", false)]
    [TestCase("The ministry commented on the plan.", true)]
    public void Takes_a_verb_after_declined_to_as_negated(string b, bool reported)
    {
        const string a = "The ministry has not commented on the plan.";
        var at = b.IndexOf("comment", StringComparison.Ordinal);
        var discrepancies = CompareWithEvidence(a, b, DiscrepancyType.Negation, 0.6f, new TextRange(17, 30), new TextRange(at, at + 7));
        Assert.That(discrepancies, Has.Count.EqualTo(reported ? 1 : 0));
    }

    [TestCase("Glowing Rabbit a Fake", true)]
    [TestCase("That Glowing Rabbit story is fake", false)]
    public void Reads_a_short_headline_in_title_case_as_words_not_names(string a, bool reported)
    {
        // Three capitalised words make a headline, so "Glowing" and "Rabbit" are words both claims share; in a sentence
        // they are names, and a denial sharing only names is not taken as denying the other.
        const string b = "Meet the glowing rabbit";
        var at = a.IndexOf("ake", StringComparison.Ordinal) - 1;
        var discrepancies = CompareWithEvidence(a, b, DiscrepancyType.Denial, 0.7f, new TextRange(at, at + 4), new TextRange(0, b.Length));
        Assert.That(discrepancies, Has.Count.EqualTo(reported ? 1 : 0));
    }

    [Test]
    public void Takes_a_denial_of_a_claim_that_negates_for_agreement()
    {
        const string a = "Officials say the story that the steel plant closed last week is a hoax.", b = "The steel plant has not closed, the union said.";
        var at = a.IndexOf("hoax", StringComparison.Ordinal);
        var discrepancies = CompareWithEvidence(a, b, DiscrepancyType.Denial, 0.7f, new TextRange(at, at + 4), new TextRange(0, b.Length));
        Assert.That(discrepancies, Is.Empty);
    }

    [TestCase("A video shows a bird landing on the president during his speech, officials said.", true)]
    [TestCase("A video was falsely edited to show a bird landing on the president during his speech, officials said.", false)]
    public void Takes_a_negated_word_against_a_claim_that_refutes_something_for_agreement(string a, bool reported)
    {
        const string b = "No bird was landing on the president during his speech, officials said.";
        var at = a.IndexOf("landing", StringComparison.Ordinal);
        var discrepancies = CompareWithEvidence(a, b, DiscrepancyType.Negation, 0.6f, new TextRange(at, at + 7), new TextRange(0, 19));
        Assert.That(discrepancies, Has.Count.EqualTo(reported ? 1 : 0));
    }

    /// <summary>A relation of the given label and contradiction probability, the rest on agreement, with one piece of evidence.</summary>
    private static Relation WithEvidence(RelationLabel label, float contradiction, ConflictEvidence evidence) => new()
    {
        Label = label,
        Confidence = label == RelationLabel.Contradiction ? contradiction : 1 - contradiction,
        Scores = new Dictionary<RelationLabel, float> { [RelationLabel.Contradiction] = contradiction, [RelationLabel.Agreement] = 1 - contradiction },
        Type = label == RelationLabel.Contradiction ? evidence.Type : null,
        Evidence = [evidence],
    };

    private static ComparisonResult CompareBothWays(Claim a, Claim b, Relation forwards, Relation backwards)
    {
        var classifier = LexicalClassifier();
        classifier.Setup(c => c.Classify(a.Content, b.Content)).Returns(forwards);
        classifier.Setup(c => c.Classify(b.Content, a.Content)).Returns(backwards);
        var subject = new Subject { Id = "s1", Label = "staff", ClaimIds = [a.Id, b.Id], RepresentativeClaimId = a.Id };
        return new SubjectComparer(new ComparisonOptions()).Compare([a, b], [subject], classifier.Object);
    }

    [Test]
    public void Reports_a_conflict_the_classifier_sees_the_other_way_only_with_its_spans_turned_round()
    {
        var a = NewClaim(1, "The union", "She has worked at the plant for 11 years, and it opened 11 years ago.", 0);
        var b = NewClaim(2, "The Journal", "She has worked at the plant for 18 years, and it opened 11 years ago.", 100);
        var backwards = WithEvidence(RelationLabel.Contradiction, 0.7f, new ConflictEvidence(DiscrepancyType.Numeric, new TextRange(32, 34), new TextRange(32, 34), "18 vs 11 (year)"));
        var (discrepancies, agreements) = CompareBothWays(a, b, Leaning(RelationLabel.Neutral, 0.9f), backwards);
        Assert.Multiple(() =>
        {
            Assert.That(discrepancies.Single().Type, Is.EqualTo(DiscrepancyType.Numeric));
            Assert.That(discrepancies.Single().ClaimA.Id, Is.EqualTo("c1"));
            Assert.That(agreements, Is.Empty);
        });
    }

    [TestCase(0.35f, "The plant will close next year, the union said.", true)]
    [TestCase(0.2f, "The plant will close next year, the union said on Friday after members of the steelworkers' branch in Ohio voted to reject the final pay offer and pension terms.", false)]
    [TestCase(0.2f, "The plant will close next year, the union said.", true)]
    public void Reports_pinpointed_evidence_under_another_label_when_the_contradiction_probability_reaches_the_floor_or_the_claims_restate(float contradiction, string first, bool reported)
    {
        var a = NewClaim(1, "The union", first, 0);
        var b = NewClaim(2, "The Journal", "The plant will not close next year, the union said.", 100);
        var evidence = new ConflictEvidence(DiscrepancyType.Negation, new TextRange(15, 20), new TextRange(15, 24), "\"not close\" (negated) vs \"close\" (affirmed)");
        var relation = WithEvidence(RelationLabel.Agreement, contradiction, evidence);
        var (discrepancies, agreements) = CompareBothWays(a, b, relation, relation);
        Assert.Multiple(() =>
        {
            Assert.That(discrepancies.Select(d => d.Confidence), Is.EqualTo(reported ? new[] { contradiction } : Array.Empty<float>()));
            if (reported) Assert.That(agreements, Is.Empty);
        });
    }

    private static Relation Scored(float contradiction, float agreement, params ConflictEvidence[] evidence)
    {
        var scores = new Dictionary<RelationLabel, float>
        {
            [RelationLabel.Contradiction] = contradiction,
            [RelationLabel.Agreement] = agreement,
            [RelationLabel.Neutral] = 1 - contradiction - agreement,
        };
        var label = scores.MaxBy(kv => kv.Value).Key;
        return new Relation { Label = label, Confidence = scores[label], Scores = scores, Type = contradiction > 0.5f ? DiscrepancyType.Numeric : null, Evidence = evidence };
    }

    /// <summary>Compares under <see cref="ComparisonOptions.ModelVerdicts"/> with a classifier that gives <paramref name="forward"/> for (a, b) and <paramref name="backward"/> for (b, a).</summary>
    private static ComparisonResult CompareByModel(Claim a, Claim b, Relation forward, Relation backward)
    {
        var classifier = new Mock<IRelationClassifier> { CallBase = true };
        classifier.Setup(c => c.Classify(a.Content, b.Content)).Returns(forward);
        classifier.Setup(c => c.Classify(b.Content, a.Content)).Returns(backward);
        var subject = new Subject { Id = "s1", Label = "toll", ClaimIds = [a.Id, b.Id], RepresentativeClaimId = a.Id };
        return new SubjectComparer(new ComparisonOptions { ModelVerdicts = true }).Compare([a, b], [subject], classifier.Object);
    }

    private static readonly Claim Killed = NewClaim(1, "police", "Four people died in the flood.", 0);
    private static readonly Claim Toll = NewClaim(2, "mayor", "The disaster claimed seven lives across the valley.", 40);

    [Test]
    public void Under_model_verdicts_a_sure_contradiction_is_reported_however_little_wording_the_claims_share()
    {
        var (discrepancies, agreements) = CompareByModel(Killed, Toll, Scored(0.8f, 0.05f), Scored(0.6f, 0.1f));
        Assert.That(discrepancies, Has.Count.EqualTo(1));
        Assert.That(discrepancies[0].Confidence, Is.EqualTo(0.8f));
        Assert.That(discrepancies[0].Type, Is.EqualTo(DiscrepancyType.Numeric));
        Assert.That(agreements, Is.Empty);
        // The lexical path needs shared wording or pinpointed evidence for the same verdict.
        Assert.That(Compare(Scored(0.8f, 0.05f), Killed, Toll).Discrepancies, Is.Empty);
    }

    [Test]
    public void Under_model_verdicts_a_source_repeating_its_claim_makes_one_discrepancy_with_its_repeats()
    {
        var again = NewClaim(3, "police", "The flood killed four people, police said.", 80);
        var other = NewClaim(4, "the coroner", "Nine people lost their lives in the flood.", 120);
        var classifier = new Mock<IRelationClassifier> { CallBase = true };
        classifier.Setup(c => c.Classify(It.IsAny<string>(), It.IsAny<string>())).Returns(Scored(0.1f, 0.8f));
        foreach (var (x, y, p) in new[] { (Killed, Toll, 0.9f), (again, Toll, 0.7f), (Killed, other, 0.8f) })
        {
            classifier.Setup(c => c.Classify(x.Content, y.Content)).Returns(Scored(p, 0.05f));
            classifier.Setup(c => c.Classify(y.Content, x.Content)).Returns(Scored(p, 0.05f));
        }
        var subject = new Subject { Id = "s1", Label = "toll", ClaimIds = ["c1", "c2", "c3", "c4"], RepresentativeClaimId = "c1" };
        var (discrepancies, _) = new SubjectComparer(new ComparisonOptions { ModelVerdicts = true })
            .Compare([Killed, Toll, again, other], [subject], classifier.Object);
        Assert.Multiple(() =>
        {
            Assert.That(discrepancies.Select(d => (d.Id, d.ClaimA.Id, d.ClaimB.Id)), Is.EqualTo(new[] { ("d1", "c1", "c2"), ("d2", "c1", "c4") }));
            Assert.That(discrepancies[0].Repeats.Select(r => (r.ClaimA.Id, r.ClaimB.Id, r.Confidence)), Is.EqualTo(new[] { ("c2", "c3", 0.7f) }).Or.EqualTo(new[] { ("c3", "c2", 0.7f) }));
            Assert.That(discrepancies[0].Pairs.Count(), Is.EqualTo(2));
            Assert.That(discrepancies[1].Repeats, Is.Empty);
        });
    }

    [Test]
    public void Under_model_verdicts_two_claims_in_the_same_words_agree_whatever_the_model_reads()
    {
        var copy = NewClaim(7, "wire", "\u201cFour people died in the flood\u201d", 500);
        var (discrepancies, agreements) = CompareByModel(Killed, copy, Scored(0.9f, 0.05f), Scored(0.9f, 0.05f));
        Assert.Multiple(() =>
        {
            Assert.That(discrepancies, Is.Empty);
            Assert.That(agreements.Select(g => (g.ClaimA.Id, g.ClaimB.Id, g.Confidence)), Is.EqualTo(new[] { ("c1", "c7", 1f) }));
            // One word more is another statement, for the model to judge.
            Assert.That(CompareByModel(Killed, NewClaim(8, "wire", "Four more people died in the flood.", 600), Scored(0.9f, 0.05f), Scored(0.9f, 0.05f)).Discrepancies, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void Under_model_verdicts_a_word_cue_alone_makes_no_discrepancy()
    {
        var cue = new ConflictEvidence(DiscrepancyType.Negation, new TextRange(0, 4), new TextRange(0, 3), "not");
        var (discrepancies, _) = CompareByModel(Killed, Toll, Scored(0.2f, 0.1f, cue), Scored(0.1f, 0.1f));
        Assert.That(discrepancies, Is.Empty);
    }

    [Test]
    public void Under_model_verdicts_a_conflict_read_one_way_only_counts_with_its_evidence_turned_round()
    {
        var evidence = new ConflictEvidence(DiscrepancyType.Numeric, new TextRange(4, 9), new TextRange(0, 4), "seven versus four");
        var (discrepancies, _) = CompareByModel(Killed, Toll, Scored(0.1f, 0.3f), Scored(0.9f, 0.05f, evidence));
        Assert.That(discrepancies, Has.Count.EqualTo(1));
        Assert.That(discrepancies[0].Evidence[0].First, Is.EqualTo(new TextRange(0, 4)));
        Assert.That(discrepancies[0].Evidence[0].Second, Is.EqualTo(new TextRange(4, 9)));
    }

    [Test]
    public void Under_model_verdicts_a_denial_is_read_through_what_it_denies()
    {
        var denial = NewClaim(5, "the operator", "rejected reports on Monday that the train was speeding, saying its recorder showed otherwise", 200) with { Modality = Modality.Denied };
        var speeding = NewClaim(6, "passengers", "The train was going too fast as it entered the bend.", 300);
        const string denied = "the train was speeding";
        Assert.That(ClaimComparison.DeniedProposition(denial), Is.EqualTo(denied));
        var classifier = new Mock<IRelationClassifier> { CallBase = true };
        classifier.Setup(c => c.Classify(It.IsAny<string>(), It.IsAny<string>())).Returns(Scored(0.95f, 0.01f));
        classifier.Setup(c => c.Classify(denied, speeding.Content)).Returns(Scored(0.05f, 0.85f));
        classifier.Setup(c => c.Classify(speeding.Content, denied)).Returns(Scored(0.05f, 0.75f));
        var subject = new Subject { Id = "s1", Label = "speed", ClaimIds = [denial.Id, speeding.Id], RepresentativeClaimId = denial.Id };
        var (discrepancies, agreements) = new SubjectComparer(new ComparisonOptions { ModelVerdicts = true })
            .Compare([denial, speeding], [subject], classifier.Object);
        // Asserting the denied fact conflicts with the denial, whatever the model reads in the denying words.
        Assert.That(discrepancies, Has.Count.EqualTo(1));
        Assert.That(discrepancies[0].Type, Is.EqualTo(DiscrepancyType.Denial));
        Assert.That(discrepancies[0].Confidence, Is.EqualTo(0.85f));
        Assert.That(agreements, Is.Empty);
        Assert.That(ClaimComparison.DeniedProposition(NewClaim(7, "Brenlow", "denied responsibility", 0) with { Modality = Modality.Denied }), Is.Null);
    }

    [TestCase("mayor", 0.7f, 0.5f, true)]
    [TestCase("mayor", 0.5f, 0.3f, false)]
    [TestCase("Police", 0.9f, 0.9f, false)]
    public void Under_model_verdicts_two_sources_agree_when_the_agreement_averaged_over_both_orders_is_high(string source, float forward, float backward, bool listed)
    {
        var other = Toll with { Source = source };
        var (discrepancies, agreements) = CompareByModel(Killed, other, Scored(0.02f, forward), Scored(0.02f, backward));
        Assert.That(discrepancies, Is.Empty);
        Assert.That(agreements, Has.Count.EqualTo(listed ? 1 : 0));
        if (listed)
            Assert.That(agreements[0].Confidence, Is.EqualTo((forward + backward) / 2).Within(1e-6));
    }


    [Test]
    public void Refuses_a_subject_that_names_a_claim_it_was_not_given_and_claims_with_one_id()
    {
        var a = NewClaim(1, "The agency", "The agency said the plant will close.", 0);
        var b = NewClaim(2, "The union", "The union said the plant will stay open.", 50);
        var subject = new Subject { Id = "s1", Label = "plant", ClaimIds = [a.Id, "c9"], RepresentativeClaimId = a.Id };
        var comparer = new SubjectComparer();
        Assert.Multiple(() =>
        {
            var e = Assert.Throws<ArgumentException>(() => comparer.Compare([a, b], [subject], LexicalClassifier().Object));
            Assert.That(e!.Message, Does.Contain("s1").And.Contain("c9"));
            e = Assert.Throws<ArgumentException>(() => comparer.Compare([a, a with { Content = "other" }], [], LexicalClassifier().Object));
            Assert.That(e!.Message, Does.Contain(a.Id));
            Assert.Throws<ArgumentNullException>(() => comparer.Compare([a], [], null!));
        });
    }

    [Test]
    public void Keeps_a_copy_of_its_options_and_rejects_thresholds_outside_zero_to_one()
    {
        var options = new ComparisonOptions { ModelVerdicts = true };
        var comparer = new SubjectComparer(options);
        options.ModelVerdicts = false;
        var a = NewClaim(1, "The agency", "The agency said the plant will close.", 0);
        var b = NewClaim(2, "The union", "The union said the plant will close.", 50);
        var subject = new Subject { Id = "s1", Label = "plant", ClaimIds = [a.Id, b.Id], RepresentativeClaimId = a.Id };
        var classifier = LexicalClassifier();
        classifier.Setup(c => c.ClassifyAll(It.IsAny<IReadOnlyList<(string, string)>>(), It.IsAny<CancellationToken>()))
            .Returns((IReadOnlyList<(string, string)> pairs, CancellationToken _) => [.. pairs.Select(_ => Contradiction)]);
        comparer.Compare([a, b], [subject], classifier.Object);
        Assert.Multiple(() =>
        {
            classifier.Verify(c => c.ClassifyAll(It.IsAny<IReadOnlyList<(string, string)>>(), It.IsAny<CancellationToken>()), Times.Once, "model verdicts read every pair in one batch");
            Assert.Throws<ArgumentOutOfRangeException>(() => options.SameStatementSimilarity = 1.1);
            Assert.Throws<ArgumentOutOfRangeException>(() => options.CorroborationSimilarity = -0.1);
            Assert.Throws<ArgumentOutOfRangeException>(() => options.RestatementSimilarity = double.NaN);
            Assert.Throws<ArgumentOutOfRangeException>(() => options.MinimumAgreementToReverse = 2);
            Assert.Throws<ArgumentOutOfRangeException>(() => options.PinpointedThreshold = -1);
        });
    }

    /// <summary>
    /// A mock classifier that, like the built-in ones, finds the built-in detectors' evidence itself: the comparer then
    /// weighs the evidence it is given and runs no detector of its own.
    /// </summary>
    private static Mock<IRelationClassifier> LexicalClassifier()
    {
        var classifier = new Mock<IRelationClassifier>();
        classifier.Setup(c => c.EvidenceTypes).Returns(ConflictDetectorCollection.CreateDefault().Select(d => d.Type).ToHashSet());
        return classifier;
    }

}

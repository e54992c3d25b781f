using ClaimDiff.Claims;
using ClaimDiff.Text;

namespace ClaimDiff.Tests.Claims;

public class ClaimExtractorTests
{
    private const string Publisher = "Test Wire";

    private static IReadOnlyList<Claim> Extract(string text, DateTimeOffset? published = null)
    {
        var article = new Article(text, id: "a1", publisher: Publisher, published: published);
        return new ClaimExtractor().Extract(article, new SentenceSegmenter().Segment(text));
    }

    private static Claim Single(string text) => Extract(text).Single();

    [Test]
    public void Attributes_reported_speech_to_the_named_ministry_with_its_possessive_frame()
    {
        var claim = Single("Beijing's Ministry of Commerce stated that the curbs apply only to military buyers.");
        Assert.Multiple(() =>
        {
            Assert.That(claim.Source, Is.EqualTo("Beijing's Ministry of Commerce"));
            Assert.That(claim.SourceKind, Is.EqualTo(SourceKind.Organization));
            Assert.That(claim.Cue, Is.EqualTo("stated"));
            Assert.That(claim.Content, Is.EqualTo("the curbs apply only to military buyers"));
            Assert.That(claim.Modality, Is.EqualTo(Modality.Reported));
        });
    }

    [Test]
    public void Credits_an_outlet_named_in_an_appositive_rather_than_the_publisher()
    {
        var claim = Single("Yet several outlets, like The Wall Street Journal, indicating that shipments to carmakers were halted, disagree.");
        Assert.Multiple(() =>
        {
            Assert.That(claim.Source, Is.EqualTo("The Wall Street Journal"));
            Assert.That(claim.SourceKind, Is.EqualTo(SourceKind.Outlet));
            Assert.That(claim.Cue, Is.EqualTo("indicating"));
        });
    }

    [Test]
    public void Credits_a_participle_after_a_main_clause_to_the_sentence_subject()
    {
        var claims = Extract("China has halted exports of drones to the region, claiming the move protects national security.");
        var claim = claims[1];
        Assert.Multiple(() =>
        {
            Assert.That(claims[0].Content, Is.EqualTo("China has halted exports of drones to the region"));
            Assert.That(claims[0].SourceKind, Is.EqualTo(SourceKind.Publisher));
            Assert.That(claim.Source, Is.EqualTo("China"));
            Assert.That(claim.SourceKind, Is.EqualTo(SourceKind.Country));
            Assert.That(claim.Content, Is.EqualTo("the move protects national security"));
        });
    }

    [Test]
    public void Reads_according_to_at_the_end_of_a_sentence()
    {
        var claim = Single("The factory will close in March, according to people familiar with the matter.");
        Assert.Multiple(() =>
        {
            Assert.That(claim.Source, Is.EqualTo("people familiar with the matter"));
            Assert.That(claim.SourceKind, Is.EqualTo(SourceKind.Unnamed));
            Assert.That(claim.Cue, Is.EqualTo("according to"));
            Assert.That(claim.Content, Is.EqualTo("The factory will close in March"));
            Assert.That(claim.Modality, Is.EqualTo(Modality.Predicted));
        });
    }

    [Test]
    public void Reads_according_to_at_the_start_of_a_sentence()
    {
        var claim = Single("According to the central bank, inflation slowed to 2.1% in December.");
        Assert.Multiple(() =>
        {
            Assert.That(claim.Source, Is.EqualTo("the central bank"));
            Assert.That(claim.Content, Is.EqualTo("inflation slowed to 2.1% in December"));
            Assert.That(claim.Quantities, Does.Contain("2.1%"));
        });
    }

    [Test]
    public void Credits_a_quote_to_the_speaker_named_after_it()
    {
        var claim = Single("\"The rules will not touch civilian trade,\" Vice Minister Wang Lei said.");
        Assert.Multiple(() =>
        {
            Assert.That(claim.Source, Is.EqualTo("Vice Minister Wang Lei"));
            Assert.That(claim.SourceKind, Is.EqualTo(SourceKind.Person));
            Assert.That(claim.Content, Is.EqualTo("The rules will not touch civilian trade"));
            Assert.That(claim.Polarity, Is.EqualTo(Polarity.Negative));
        });
    }

    [Test]
    public void Credits_an_inverted_frame_to_the_source_after_the_verb()
    {
        var claim = Single("Exports of gallium dropped sharply last quarter, said the customs agency.");
        Assert.Multiple(() =>
        {
            Assert.That(claim.Source, Is.EqualTo("the customs agency"));
            Assert.That(claim.Content, Is.EqualTo("Exports of gallium dropped sharply last quarter"));
        });
    }

    [Test]
    public void Resolves_the_ministry_and_she_to_earlier_named_sources()
    {
        var claims = Extract(
            "Japan's Ministry of Foreign Affairs said it had lodged a formal protest. " +
            "The ministry said the measures breach trade rules. " +
            "Foreign Minister Aiko Mori arrived in Tokyo on Friday. " +
            "She said Japan would seek talks with Beijing.");
        var bySentence = claims.Select(c => c.Source).ToList();
        Assert.That(bySentence, Is.EqualTo(new[] { "Japan's Ministry of Foreign Affairs", "Japan's Ministry of Foreign Affairs", Publisher, "Foreign Minister Aiko Mori" }));
    }

    [Test]
    public void Resolves_a_surname_alone_to_the_person_named_with_it_before()
    {
        var claims = Extract(
            "Marta Kovac, the chief executive of Halden Foods, said profits would rise this year. " +
            "Kovac said the company would open two plants in the north.");
        Assert.That(claims.Select(c => c.Source), Is.EqualTo(new[] { "Marta Kovac", "Marta Kovac" }));
    }

    [Test]
    public void A_nameless_source_opening_a_sentence_is_the_same_party_as_mid_sentence()
    {
        var claims = Extract(
            "Reports said the plant would close. The plant will close in May, reports said. " +
            "A ministry spokesperson said the talks had failed. The talks failed, a ministry spokesperson said.");
        Assert.That(claims.Select(c => c.Source), Is.EqualTo(new[] { "reports", "reports", "a ministry spokesperson", "a ministry spokesperson" }));
    }

    [Test]
    public void Takes_a_capitalised_common_word_opening_a_sentence_for_no_name_to_refer_back_to()
    {
        // "Personal" and "Customers" open sentences; "the person" and "the company" must not resolve to them.
        var claims = Extract(
            "Personal details of 40,000 customers were stolen, Brightmoor Bank said. " +
            "Only older accounts were affected, the person said. " +
            "Customers were told to change their passwords, the company said.");
        Assert.Multiple(() =>
        {
            Assert.That(claims.Select(c => c.Source), Is.EqualTo(new[] { "Brightmoor Bank", "the person", "Brightmoor Bank" }));
            Assert.That(claims[0].Entities, Does.Not.Contain("Personal"));
        });
    }

    [Test]
    public void Credits_unattributed_claims_to_the_publisher_as_asserted()
    {
        var claim = Single("Japan imports most of its rare earths from China.");
        Assert.Multiple(() =>
        {
            Assert.That(claim.Source, Is.EqualTo(Publisher));
            Assert.That(claim.SourceKind, Is.EqualTo(SourceKind.Publisher));
            Assert.That(claim.Cue, Is.Null);
            Assert.That(claim.Modality, Is.EqualTo(Modality.Asserted));
        });
    }

    [Test]
    public void Marks_denials_hedges_and_predictions()
    {
        var claims = Extract(
            "The company denied that it had stopped deliveries to Osaka. " +
            "Shipments may resume within weeks, traders said. " +
            "The government expects output to recover by June.");
        Assert.That(claims.Select(c => c.Modality), Is.EqualTo(new[] { Modality.Denied, Modality.Hedged, Modality.Predicted }));
    }

    [Test]
    public void Does_not_hedge_a_claim_for_a_modal_inside_a_relative_clause()
        => Assert.That(Single("The ministry said the ban covers items that could strengthen the armed forces.").Modality, Is.EqualTo(Modality.Reported));

    [Test]
    public void Normalises_dates_to_iso_8601_and_resolves_missing_years_from_the_published_date()
    {
        var claims = Extract("The ban took effect on January 6, 2026 and was widened on 9 Jan. Talks were held in November 2025.", new DateTimeOffset(2026, 1, 12, 0, 0, 0, TimeSpan.Zero));
        Assert.That(claims.SelectMany(c => c.Dates), Is.EqualTo(new[] { "2026-01-06", "2026-01-09", "2025-11" }));
    }

    [Test]
    public void Finds_quantities_with_their_bounds_but_not_the_days_of_dates()
    {
        var claim = Single("About 60% of supply, worth more than $1.2bn, stopped on March 3, 2026.");
        Assert.That(claim.Quantities, Is.EqualTo(new[] { "About 60%", "more than $1.2bn" }));
    }

    [Test]
    public void Lists_named_entities_without_sentence_openers_or_months()
        => Assert.That(Single("However, Toyota and the Bank of Japan met in March to discuss supply.").Entities,
            Is.EqualTo(new[] { "Toyota", "Bank of Japan" }));

    [Test]
    public void Skips_questions_boilerplate_short_sentences_and_the_repeated_headline()
    {
        var article = new Article("Ban widens to magnets\n\nBan widens to magnets\n\nIs the ban legal under trade rules? Read more on our website today. Too short here. Tell us what you think in the comments below. Exports of magnets fell by half in January.", id: "a1", title: "Ban widens to magnets", publisher: Publisher);
        var claims = new ClaimExtractor().Extract(article, new SentenceSegmenter().Segment(article.Text));
        Assert.That(claims.Select(c => c.Content), Is.EqualTo(new[] { "Exports of magnets fell by half in January" }));
    }

    [Test]
    public void Boilerplate_phrases_match_whole_words_only()
    {
        var article = new Article("Mobile news\n\nSubscribe to our newsletter for the latest updates.\n\nAdvertisement\n\nCopyright 2026 Harbour Media Group Ltd.\n\nPennant is the country's third-largest mobile operator, with 9.4 million subscribers. The bakery sold 40,000 cookies in a week at its new store. Staff will sign up 200 volunteers before the festival opens. Copyright disputes involving the site rose to 312 last year.", id: "a1", title: "Mobile news", publisher: Publisher);
        var claims = new ClaimExtractor().Extract(article, new SentenceSegmenter().Segment(article.Text));
        Assert.That(claims.Select(c => c.Content), Is.EqualTo(new[]
        {
            "Pennant is the country's third-largest mobile operator, with 9.4 million subscribers",
            "The bakery sold 40,000 cookies in a week at its new store",
            "Staff will sign up 200 volunteers before the festival opens",
            "Copyright disputes involving the site rose to 312 last year",
        }));
    }

    [Test]
    public void A_sentence_longer_than_the_maximum_is_no_claim()
    {
        var data = string.Join(' ', Enumerable.Range(1, 300).Select(i => (i * 37).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var blob = string.Join(' ', Enumerable.Range(1, 20_000).Select(i => "x" + i));
        var claims = Extract($"The port handled 40 ships on Monday. {data}. {blob}. Prices rose 4% in March.");
        Assert.That(claims.Select(c => c.Content), Is.EqualTo(new[] { "The port handled 40 ships on Monday", "Prices rose 4% in March" }));
        var options = new ClaimOptions { MaxWords = 400 };
        var text = $"The port handled 40 ships on Monday. {data}.";
        Assert.That(new ClaimExtractor(options).Extract(new Article(text, id: "a1", publisher: Publisher), new SentenceSegmenter().Segment(text)), Has.Count.EqualTo(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => options.MaxWords = 5);
    }

    [Test]
    public void A_sentence_shorter_than_the_minimum_is_a_claim_only_with_its_source()
        => Assert.That(Extract("Brenlow denied responsibility. Analysts were unconvinced.").Select(c => (c.Content, c.Source)),
            Is.EqualTo(new[] { ("denied responsibility", "Brenlow") }));

    [Test]
    public void Skips_embedded_post_signatures_update_stamps_and_script_text()
    {
        var article = new Article("Harbour news\n\nThe harbour reopened to ships on Monday.\n\n\u2014 Port Watch (@portwatch) November 7, 2014\n\nLast updated at 14:41 on Tue 10 Feb 2015\n\nqueue.push(function () { document.getElementById(\"stamp\").innerHTML = now; });", id: "a1", title: "Harbour news", publisher: Publisher);
        var claims = new ClaimExtractor().Extract(article, new SentenceSegmenter().Segment(article.Text));
        Assert.That(claims.Select(c => c.Content), Is.EqualTo(new[] { "The harbour reopened to ships on Monday" }));
    }

    [Test]
    public void Gives_offsets_that_slice_the_article_text_exactly()
    {
        const string text = "Intro line here for the test.\n\nBeijing's Ministry of Commerce stated that the curbs apply only to military buyers. \"Civilian trade is safe,\" a spokesperson said.";
        foreach (var claim in Extract(text))
        {
            Assert.That(text[claim.Start..claim.End], Is.EqualTo(claim.Text));
            Assert.That(text[claim.ContentRange.Start..claim.ContentRange.End], Is.EqualTo(claim.Content));
        }
    }

    [Test]
    public void Rejects_null_arguments()
    {
        var extractor = new ClaimExtractor();
        Assert.Throws<ArgumentNullException>(() => extractor.Extract(null!, []));
        Assert.Throws<ArgumentNullException>(() => extractor.Extract(Article.FromText("x"), null!));
    }
}

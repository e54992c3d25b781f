using ClaimDiff.Claims;
using ClaimDiff.Text;

namespace ClaimDiff.Tests.Claims;

/// <summary>The sieves of attribution, each on sentences that only it should settle.</summary>
public class AttributionSieveTests
{
    private const string Publisher = "Test Wire";

    private static IReadOnlyList<Claim> Extract(string text)
        => new ClaimExtractor().Extract(new Article(text, id: "a1", publisher: Publisher), new SentenceSegmenter().Segment(text));

    private static Claim Single(string text) => Extract(text).Single();

    private static (string Cue, int Last)? CueAt(string sentence, string word)
    {
        var words = ClaimExtractor.Words(sentence);
        return ReportingVerbs.At(words, words.FindIndex(w => w.Text == word));
    }

    [Test]
    public void Reads_verbs_of_communication_and_cognition_beyond_the_listed_ones()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CueAt("The regulator disclosed that three lenders breached the cap.", "disclosed")?.Cue, Is.EqualTo("disclosed"));
            Assert.That(CueAt("Mara Quint calculated that margins must double.", "calculated")?.Cue, Is.EqualTo("calculated"));
            Assert.That(CueAt("The bureau forecasts a colder week.", "forecasts")?.Cue, Is.EqualTo("forecasts"));
            Assert.That(CueAt("The court ruled out a retrial.", "ruled"), Is.EqualTo(("ruled out", 3)));
            Assert.That(CueAt("A spokeswoman declined to comment on the report.", "declined")?.Cue, Is.EqualTo("declined to comment"));
        });
    }

    [Test]
    public void Does_not_read_plural_nouns_intentions_or_other_verbs_as_cues()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CueAt("Customs officers began inspecting every crate.", "officers"), Is.Null, "a plural noun");
            Assert.That(CueAt("Dunmore Motors plans to build a plant in Arlow.", "plans"), Is.Null, "an intention");
            Assert.That(CueAt("Exports of copper fell in March.", "fell"), Is.Null, "a verb of change");
            Assert.That(CueAt("A spokeswoman declined to attend the hearing.", "declined"), Is.Null, "a refusal to act, not to speak");
            Assert.That(CueAt("A farmer called Lyndon Ames found the hoard.", "called"), Is.Null, "a participle that names");
            Assert.That(CueAt("A man identified as Tom Reyes was arrested.", "identified"), Is.Null, "a participle that names");
            Assert.That(CueAt("Fighters of the Islamic State said they had left.", "State"), Is.Null, "a word of a name");
        });
    }

    [Test]
    public void Credits_a_description_that_WordNet_reads_as_a_group_or_person()
    {
        var claim = Single("The bureau disclosed that three lenders had breached the lending cap.");
        Assert.Multiple(() =>
        {
            Assert.That(claim.Source, Is.EqualTo("the bureau"));
            Assert.That(claim.Cue, Is.EqualTo("disclosed"));
            Assert.That(claim.Content, Is.EqualTo("three lenders had breached the lending cap"));
        });
    }

    [Test]
    public void Resolves_a_description_to_the_earlier_name_it_heads()
    {
        var claims = Extract("Lenfield Ambulance Service sent six crews to the crash. Two of the injured were in a serious condition, the service added.");
        Assert.That(claims[1].Source, Is.EqualTo("Lenfield Ambulance Service"));
    }

    [Test]
    public void Keeps_the_act_in_the_content_of_a_verb_that_takes_no_clause()
    {
        var claim = Single("The city council approved a motion to close the Harrow Lane depot by June.");
        Assert.Multiple(() =>
        {
            Assert.That(claim.Source, Is.EqualTo("the city council"));
            Assert.That(claim.Content, Is.EqualTo("approved a motion to close the Harrow Lane depot by June"));
        });
    }

    [Test]
    public void Keeps_a_refusal_to_comment_with_its_verb()
    {
        var claim = Single("A spokeswoman for the agency declined to comment on the leaked report.");
        Assert.Multiple(() =>
        {
            Assert.That(claim.Source, Is.EqualTo("a spokeswoman for the agency"));
            Assert.That(claim.Cue, Is.EqualTo("declined to comment"));
            Assert.That(claim.Content, Is.EqualTo("declined to comment on the leaked report"));
        });
    }

    [Test]
    public void Credits_the_name_in_an_apposition_and_the_name_before_an_age()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Single("Its chief economist, Mara Quint, calculated that margins would have to double.").Source, Is.EqualTo("Mara Quint"));
            Assert.That(Single("Dorran Vell, 61, said the bridge had been shaking for weeks.").Source, Is.EqualTo("Dorran Vell"));
            Assert.That(Extract("Oskar Brandt, a former driver who lost most of his pension when the haulier collapsed, said the ruling settled nothing.")[0].Source, Is.EqualTo("Oskar Brandt"));
        });
    }

    [Test]
    public void A_description_of_the_source_is_the_publishers_claim_of_its_own()
    {
        var claims = Extract("The Tarnside Drivers' Union, which represents 4,000 drivers, said the strike would go ahead. Halverson Mills, which processes a quarter of the region's wheat, expects to import grain, its manager Ada Roe said.");
        Assert.That(claims.Select(c => (c.Content, c.Source)), Is.EqualTo(new[]
        {
            ("the strike would go ahead", "The Tarnside Drivers' Union"),
            ("The Tarnside Drivers' Union, which represents 4,000 drivers", Publisher),
            ("Halverson Mills, which processes a quarter of the region's wheat, expects to import grain", "Ada Roe"),
            ("Halverson Mills, which processes a quarter of the region's wheat", Publisher),
        }));
        Assert.That(claims[1].Quantities, Is.EqualTo(new[] { "4,000 drivers" }));
    }

    [Test]
    public void Credits_a_source_noun_qualified_by_a_phrase_and_the_noun_a_determiner_opens()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Single("The survey of 420 farms found an average yield of 6.9 tonnes per hectare.").Source, Is.EqualTo("the survey"));
            Assert.That(Extract("The ministry cut the tariff to 4 per cent, saying that demand had collapsed.")[1].Source, Is.EqualTo("the ministry"));
            Assert.That(Extract("Brennan Field Airport had asked for 30 flights. The decision imposes a cap of 16 night flights, fewer than the 30 the airport had requested.")[1].Source, Is.EqualTo(Publisher));
        });
    }

    [Test]
    public void The_clause_before_a_reporting_participle_is_a_claim_of_its_own()
    {
        var claims = Extract("The developer has postponed its investment decision until 2027, blaming rising turbine prices. Several outlets, including The Harbour Times, reporting that the mine would close.");
        Assert.That(claims.Select(c => (c.Content, c.Source)), Is.EqualTo(new[]
        {
            ("The developer has postponed its investment decision until 2027", Publisher),
            ("blaming rising turbine prices", "the developer"),
            ("the mine would close", "The Harbour Times"),
        }));
        Assert.That(claims[0].End, Is.LessThan(claims[1].End));
    }

    [Test]
    public void A_relative_clause_inside_the_reported_words_stays_the_sources()
    {
        var claims = Extract("The minister said the plant at Kell Bay, which employs 900 people, would close in May.");
        Assert.That(claims, Has.Count.EqualTo(1));
        Assert.That(claims[0].Content, Does.Contain("which employs 900 people"));
    }

    [Test]
    public void Credits_the_subject_of_the_first_of_two_joined_verbs()
        => Assert.That(Single("The operator's director, Ines Faro, apologised to passengers and said the line would reopen on Friday.").Source, Is.EqualTo("Ines Faro"));

    [Test]
    public void Credits_no_name_after_a_preposition_or_inside_a_scene_setting_clause()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Single("Exports of copper to Peru halved in March as smelters cut output.").Source, Is.EqualTo(Publisher));
            Assert.That(Single("Council tax will rise by 4 per cent, after councillors approved the budget on Wednesday night.").Source, Is.EqualTo(Publisher));
        });
    }

    [Test]
    public void Reads_a_sentence_that_is_all_frame_as_the_outlets_own()
        => Assert.That(Single("The Harrow Valley Ratepayers Association strongly disagreed.").Source, Is.EqualTo(Publisher));

    [Test]
    public void Keeps_the_fact_of_a_sentence_whose_frame_sits_in_a_relative_clause()
    {
        var claim = Single("The budget includes 6 million euros for roads, which the council described as the largest sum in a decade.");
        Assert.Multiple(() =>
        {
            Assert.That(claim.Source, Is.EqualTo("the council"));
            Assert.That(claim.Content, Does.StartWith("The budget includes 6 million euros for roads"));
        });
    }

    [Test]
    public void A_pronoun_goes_on_with_the_source_just_credited_before_names_mentioned_since()
    {
        var claims = Extract("Harlow Athletic Club said the manager had left by mutual consent. Coach Tim Brand will take charge of the Saturday trip to Dunmore Rovers, it added.");
        Assert.That(claims[1].Source, Is.EqualTo("Harlow Athletic Club"));
    }

    [Test]
    public void A_document_speaks_for_its_possessor_and_according_to_credits_the_agent_of_a_document()
    {
        var claims = Extract(
            "Kestrel Energy Authority said prices would fall. The authority's data show that demand fell by a fifth in May. " +
            "Waiting times rose to five hours in April, according to figures published on Thursday by the Norland Statistics Office.");
        Assert.Multiple(() =>
        {
            Assert.That(claims[1].Source, Is.EqualTo("Kestrel Energy Authority"));
            Assert.That(claims[2].Source, Does.EndWith("Norland Statistics Office"));
        });
    }

    [Test]
    public void Reads_a_plural_possessive_as_part_of_a_name()
        => Assert.That(Single("The Lenfield Residents' Federation said the cuts would leave whole streets dark.").Source, Is.EqualTo("The Lenfield Residents' Federation"));

    [Test]
    public void A_quotation_that_runs_on_keeps_its_speaker()
    {
        var claims = Extract("\"We looked at every option,\" Ada Mole told the meeting. \"In the end the numbers do not lie. Eight months of losses is not a blip.\"");
        Assert.Multiple(() =>
        {
            Assert.That(claims.Select(c => c.Source), Is.All.EqualTo("Ada Mole"));
            Assert.That(claims, Has.Count.EqualTo(3));
            Assert.That(claims[2].Content, Is.EqualTo("Eight months of losses is not a blip"));
        });
    }

    [Test]
    public void A_quotation_after_the_outlets_own_sentence_or_a_paragraph_break_is_the_outlets()
    {
        var claims = Extract(
            "\"Fares will rise in May,\" Ada Mole said. The council meets again on Monday to vote on the plan. \"Nobody asked the riders about this.\"\n\n" +
            "\"Fares will rise in May,\" Ada Mole said.\n\n\"Nobody asked the riders about this at all.\"");
        Assert.That(claims.Select(c => c.Source), Is.EqualTo(new[] { "Ada Mole", Publisher, Publisher, "Ada Mole", Publisher }));
    }

    [Test]
    public void Quote_continuation_follows_quotation_marks_across_sentences()
    {
        var speaker = new Attribution("Ada Mole", SourceKind.Person, "said", 0, 10);
        var quotes = new QuoteContinuation();
        Assert.Multiple(() =>
        {
            Assert.That(quotes.Next("\u201CWe tried,\u201D Ada Mole said.", startsParagraph: true, speaker), Is.Null, "a sentence with a frame of its own inherits nothing");
            Assert.That(quotes.Next("\u201CIt is gone.", startsParagraph: false, null)?.Source, Is.EqualTo("Ada Mole"));
            Assert.That(quotes.Next("All of it.\u201D", startsParagraph: true, null)?.Source, Is.EqualTo("Ada Mole"), "an open quotation runs on over a paragraph break");
            Assert.That(quotes.Next("The council meets on Monday.", startsParagraph: false, null), Is.Null);
            Assert.That(quotes.Next("\u201CNobody asked.\u201D", startsParagraph: false, null), Is.Null, "the outlet's own sentence ended the run");
        });
    }
}

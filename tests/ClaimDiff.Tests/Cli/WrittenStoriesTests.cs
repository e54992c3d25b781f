using ClaimDiff.Claims;
using ClaimDiff.Cli.Evaluation;
using ClaimDiff.Comparison;
using ClaimDiff.Subjects;

namespace ClaimDiff.Tests.Cli;

public class WrittenStoriesTests
{
    // Written for this test: two outlets, one conflicting figure and one agreeing sentence.
    private const string Story = """
        {
          "story": "a bridge closure",
          "articles": [
            {"id": "xa", "publisher": "North Post", "title": "Bridge shut", "published": "2026-05-04T08:00:00Z",
             "text": "The river bridge closed on Monday. Repairs will cost 3 million euros, the council said."},
            {"id": "xb", "publisher": "South Wire", "title": "Repairs close bridge", "published": "2026-05-04T09:00:00Z",
             "text": "Officials shut the river bridge on Monday. The council put the repair bill at 5 million euros."}
          ],
          "discrepancies": [
            {"type": "numeric", "first": {"article": "xa", "quote": "Repairs will cost 3 million euros, the council said."},
             "second": {"article": "xb", "quote": "The council put the repair bill at 5 million euros."}}
          ],
          "agreements": [
            {"first": {"article": "xa", "quote": "The river bridge closed on Monday."}, "second": {"article": "xb", "quote": "Officials shut the river bridge on Monday."}}
          ]
        }
        """;

    [Test]
    public void The_committed_stories_all_keep_the_format()
    {
        // tests/stories, beside this project's folder (bin/Release/net10.0 below it).
        var folder = Path.GetFullPath(Path.Combine(TestContext.CurrentContext.TestDirectory, "../../../../stories"));
        var stories = WrittenStories.Load(folder);
        var heldOut = WrittenStories.Load(Path.Combine(folder, "held-out"));
        Assert.Multiple(() =>
        {
            Assert.That(stories, Has.Count.GreaterThanOrEqualTo(24));
            Assert.That(heldOut, Has.Count.GreaterThanOrEqualTo(8));
            Assert.That(stories.SelectMany(s => s.Articles).Select(a => a.Id), Is.Unique);
            Assert.That(stories.SelectMany(s => s.Discrepancies).Select(d => d.Type), Is.All.AnyOf("numeric", "date_time", "negation", "denial", "scope", "antonym", "entity", "modality", "general"));
        });
    }

    [Test]
    public void Parse_locates_each_quote_in_its_article()
    {
        var story = WrittenStories.Parse(Story, "x.json");
        var side = story.Discrepancies[0].Second;
        Assert.Multiple(() =>
        {
            Assert.That(story.Articles.Select(a => a.Publisher), Is.EqualTo(new[] { "North Post", "South Wire" }));
            Assert.That(story.Discrepancies[0].Type, Is.EqualTo("numeric"));
            Assert.That(story.Articles[1].Text[side.Span.Start..side.Span.End], Is.EqualTo(side.Quote));
            Assert.That(story.Agreements, Has.Count.EqualTo(1));
        });
    }

    [TestCase("\"quote\": \"The river bridge closed on Monday.\"", "\"quote\": \"The bridge closed.\"", "must occur exactly once in xa")]
    [TestCase("\"quote\": \"The river bridge closed on Monday.\"", "\"quote\": \"on\"", "must occur exactly once in xa")]
    [TestCase("{\"article\": \"xa\", \"quote\": \"The river", "{\"article\": \"xc\", \"quote\": \"The river", "names the article xc")]
    [TestCase("\"type\": \"numeric\", ", "", "discrepancies[0] lacks the string \"type\"")]
    [TestCase("\"id\": \"xb\"", "\"id\": \"xa\"", "the article id xa is used twice")]
    public void Parse_names_the_file_and_the_field_that_break_the_format(string from, string to, string message)
    {
        var e = Assert.Throws<InvalidDataException>(() => WrittenStories.Parse(Story.Replace(from, to), "x.json"));
        Assert.That(e!.Message, Does.StartWith("x.json:").And.Contain(message));
    }

    [Test]
    public void Scores_reported_pairs_by_the_passages_they_cover()
    {
        var story = WrittenStories.Parse(Story, "x.json");
        var (a, b) = (story.Articles[0].Text, story.Articles[1].Text);
        Claim On(string id, string text, string sentence)
        {
            var at = text.IndexOf(sentence, StringComparison.Ordinal);
            return new Claim { Id = id, ArticleId = id[..2], Text = sentence, Content = sentence, Source = id[..2], Start = at, End = at + sentence.Length };
        }
        Claim[] claims =
        [
            On("xa1", a, "The river bridge closed on Monday."), On("xa2", a, "Repairs will cost 3 million euros"),
            On("xb1", b, "Officials shut the river bridge on Monday."), On("xb2", b, "The council put the repair bill at 5 million euros."),
        ];
        Discrepancy Conflict(Claim x, Claim y) => new() { Id = x.Id + y.Id, SubjectId = "s1", ClaimA = x, ClaimB = y, Type = DiscrepancyType.Numeric, Confidence = 0.9f, Explanation = "" };
        var subjects = new List<Subject> { new() { Id = "s1", Label = "bridge", RepresentativeClaimId = "xa1", ClaimIds = [.. claims.Select(c => c.Id)] } };

        // The figures found, and a false discrepancy on the agreeing sentences.
        var report = new Report([], claims, subjects, [Conflict(claims[3], claims[1]), Conflict(claims[0], claims[2])], []);
        var scores = new StoryScores([story], report);
        // Nothing reported: both pairs share a subject and are not paired.
        var none = new StoryScores([story], new Report([], claims, subjects, [], []));
        Assert.Multiple(() =>
        {
            Assert.That(scores.Recall, Is.EqualTo(1));
            Assert.That(scores.Precision, Is.EqualTo(0.5));
            Assert.That(scores.AgreementsFlagged, Is.EqualTo(1));
            Assert.That(scores.Reported.Select(r => r.Verdict), Is.EqualTo(new[] { ReportedVerdict.Annotated, ReportedVerdict.OnAgreement }));
            Assert.That(none.Discrepancies.Single().Outcome, Is.EqualTo(PairOutcome.NotReported));
            Assert.That(none.Recall, Is.Zero);
        });
    }
}

using ClaimDiff.Claims;
using ClaimDiff.Subjects;
using Moq;

namespace ClaimDiff.Tests.Subjects;

public class SubjectGrouperTests
{
    // A small background corpus the test writes itself, so that common words weigh less than rare ones.
    private static readonly DocumentFrequencies Frequencies = DocumentFrequencies.Build(
    [
        "The government said on Monday that the new rules would apply.",
        "Officials said the company reported higher profits this year.",
        "The ministry said talks would continue next week.",
        "Prices rose as the company said demand was strong.",
        "The government announced a new budget for the year.",
    ], minCount: 1);

    private static Claim NewClaim(int n, string text) => new() { Id = "c" + n, ArticleId = "a1", Text = text, Content = text, Source = "s" + n };

    private static IReadOnlyList<Subject> Group(params string[] texts)
        => new SubjectGrouper(new TfidfEmbedder(Frequencies), new SubjectOptions()).Group(texts.Select((t, i) => NewClaim(i + 1, t)).ToList());

    [Test]
    public void Puts_claims_about_the_same_thing_together_and_others_apart()
    {
        var subjects = Group(
            "Magnet exports to Japanese carmakers were restricted in January.",
            "Football club wins the cup final after extra time.",
            "Restrictions on magnet exports hit Japanese carmakers.",
            "The cup final went to extra time before the club won.");
        Assert.That(subjects.Select(s => s.ClaimIds), Is.EqualTo(new[] { new[] { "c1", "c3" }, new[] { "c2", "c4" } }));
    }

    [Test]
    public void Numbers_subjects_in_order_of_their_first_claim_and_is_deterministic()
    {
        string[] texts = ["Tariffs on steel rose to 25%.", "Rainfall in Osaka hit a record.", "Steel tariffs now stand at 25%.", "Osaka rainfall broke its record."];
        var first = Group(texts);
        var second = Group(texts);
        Assert.Multiple(() =>
        {
            Assert.That(first.Select(s => s.Id), Is.EqualTo(new[] { "s1", "s2" }));
            Assert.That(first.Select(s => s.ClaimIds[0]), Is.EqualTo(new[] { "c1", "c2" }));
            Assert.That(second.Select(s => string.Join(",", s.ClaimIds)), Is.EqualTo(first.Select(s => string.Join(",", s.ClaimIds))));
        });
    }

    [Test]
    public void Labels_a_subject_with_its_informative_keywords_and_a_representative_claim()
    {
        var subject = Group("Magnet exports to Japanese carmakers were restricted.", "Restrictions on magnet exports hit Japanese carmakers.").Single();
        Assert.Multiple(() =>
        {
            Assert.That(subject.Keywords, Does.Contain("magnet"));
            Assert.That(subject.Keywords, Does.Not.Contain("the"));
            Assert.That(subject.Label, Is.Not.Empty);
            Assert.That(subject.ClaimIds, Does.Contain(subject.RepresentativeClaimId));
        });
    }

    [Test]
    public void Keeps_repeated_texts_in_one_subject_without_pulling_in_unrelated_claims()
    {
        const string repeated = "Magnet exports to Japanese carmakers were restricted in January.";
        var subjects = Group(repeated, "Football club wins the cup final after extra time.", repeated, "Restrictions on magnet exports hit Japanese carmakers.", repeated);
        Assert.Multiple(() =>
        {
            Assert.That(subjects.Select(s => s.ClaimIds), Is.EqualTo(new[] { new[] { "c1", "c3", "c4", "c5" }, new[] { "c2" } }));
            Assert.That(subjects[0].RepresentativeClaimId, Is.EqualTo("c1"), "the first of the repeated claims, closest to the subject's centre");
        });
    }

    [Test]
    public void Gives_a_thousand_copies_of_one_text_a_single_subject()
    {
        var subjects = Group(Enumerable.Repeat("Port traffic in Ningbo fell by a tenth.", 1000).ToArray());
        Assert.That(subjects.Single().ClaimIds, Has.Count.EqualTo(1000));
    }

    [Test]
    public void Groups_thousands_of_slight_rewordings_of_two_stories_into_two_subjects()
    {
        string[] magnets = ["Magnet", "exports", "to", "Japanese", "carmakers", "were", "restricted", "in", "January"];
        string[] football = ["Football", "club", "wins", "the", "cup", "final", "after", "extra", "time"];
        // Each rewording drops one word of its story; the two stories alternate.
        var texts = Enumerable.Range(0, 2000)
            .Select(i => i % 2 == 0 ? magnets : football)
            .Select((words, i) => string.Join(' ', words.Where((_, k) => k != (i / 2) % words.Length)))
            .ToArray();
        var subjects = Group(texts);
        Assert.Multiple(() =>
        {
            Assert.That(subjects, Has.Count.EqualTo(2));
            Assert.That(subjects[0].ClaimIds, Has.Count.EqualTo(1000).And.All.Matches<string>(id => int.Parse(id[1..]) % 2 == 1));
        });
    }

    [Test]
    public void Gives_every_claim_exactly_one_subject_even_when_it_shares_no_term()
        => Assert.That(Group("Zebras graze quietly.", "Quantum chips cool down.", "!!!").SelectMany(s => s.ClaimIds), Is.EquivalentTo(new[] { "c1", "c2", "c3" }));

    [Test]
    public void Returns_no_subjects_for_no_claims()
        => Assert.That(Group(), Is.Empty);

    [Test]
    public void Uses_any_embedder_through_the_interface()
    {
        var embedder = new Mock<ITextEmbedder>();
        embedder.Setup(e => e.Embed(It.IsAny<IReadOnlyList<string>>())).Returns((IReadOnlyList<string> t) =>
            t.Select(_ => new TextVector([new KeyValuePair<int, float>(1, 1f)])).ToList());
        var subjects = new SubjectGrouper(embedder.Object, new SubjectOptions(), Frequencies)
            .Group([NewClaim(1, "alpha beta"), NewClaim(2, "beta gamma")]);
        Assert.That(subjects.Single().ClaimIds, Is.EqualTo(new[] { "c1", "c2" }));
    }

    [Test]
    public void Stops_when_cancelled()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var grouper = new SubjectGrouper(new TfidfEmbedder(Frequencies), new SubjectOptions());
        Assert.Throws<OperationCanceledException>(() => grouper.Group([NewClaim(1, "magnet exports"), NewClaim(2, "magnet exports fell")], cts.Token));
    }
}

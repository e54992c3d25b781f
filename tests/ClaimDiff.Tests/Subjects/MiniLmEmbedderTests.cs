using ClaimDiff.Claims;
using ClaimDiff.MiniLM;
using ClaimDiff.Subjects;

namespace ClaimDiff.Tests.Subjects;

// The model loads once for the fixture (about two seconds); every sentence here is written for these tests.
[TestFixture]
public class MiniLmEmbedderTests
{
    private MiniLmEmbedder _embedder = null!;

    [OneTimeSetUp]
    public void LoadModel()
    {
        _embedder = new MiniLmEmbedder();
        _embedder.LoadModel();
    }

    [OneTimeTearDown]
    public void DisposeModel() => _embedder.Dispose();

    private static Claim NewClaim(int n, string text) => new() { Id = "c" + n, ArticleId = "a1", Text = text, Content = text, Source = "s" + n };

    [Test]
    public void Gives_dense_unit_vectors_of_384_dimensions()
    {
        var vectors = _embedder.Embed(["The harbour reopened after the storm.", "Wheat prices fell for a third week."]);
        Assert.That(vectors, Has.Count.EqualTo(2));
        foreach (var vector in vectors)
        {
            Assert.That(vector.Indices.ToArray(), Is.EqualTo(Enumerable.Range(0, MiniLmEmbedder.Dimensions).ToArray()));
            var norm = Math.Sqrt(vector.Values.ToArray().Sum(v => (double)v * v));
            Assert.That(norm, Is.EqualTo(1).Within(1e-4));
        }
    }

    [Test]
    public void Rates_a_paraphrase_closer_than_an_unrelated_sentence()
    {
        var v = _embedder.Embed(
        [
            "Beijing curbed rare-earth sales to Japanese firms",
            "China restricted exports of rare earths to Japan's companies",
            "The orchestra postponed its autumn concert season",
        ]);
        var paraphrase = v[0].Cosine(v[1]);
        var unrelated = v[0].Cosine(v[2]);
        Assert.That(paraphrase, Is.GreaterThan(unrelated + 0.3f), $"paraphrase {paraphrase}, unrelated {unrelated}");
    }

    [Test]
    public void Gives_an_empty_vector_for_blank_text_and_keeps_the_order()
    {
        var v = _embedder.Embed(["", "Rents in the old town doubled.", "   "]);
        Assert.Multiple(() =>
        {
            Assert.That(v[0].IsEmpty, Is.True);
            Assert.That(v[1].IsEmpty, Is.False);
            Assert.That(v[2].IsEmpty, Is.True);
        });
    }

    [Test]
    public void Embeds_more_texts_than_one_batch_like_one_at_a_time()
    {
        using var small = new MiniLmEmbedder(batchSize: 2);
        string[] texts = ["The bridge closed for repairs.", "Ferry tickets sold out.", "A new mayor was sworn in.", "The bridge reopened to traffic."];
        var batched = small.Embed(texts);
        var single = texts.Select(t => _embedder.Embed([t])[0]).ToList();
        for (var i = 0; i < texts.Length; i++)
            Assert.That(batched[i].Cosine(single[i]), Is.EqualTo(1).Within(1e-3), texts[i]);
    }

    [Test]
    public void Embeds_a_text_longer_than_the_model_reads()
    {
        var text = string.Join(" ", Enumerable.Repeat("The council met again to discuss the budget for the new library.", 120));
        var vector = _embedder.Embed([text])[0];
        Assert.That(vector.Indices.Length, Is.EqualTo(MiniLmEmbedder.Dimensions));
    }

    [Test]
    public void Rejects_null_input()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => _embedder.Embed(null!), Throws.ArgumentNullException);
            Assert.That(() => _embedder.Embed(["fine", null!]), Throws.ArgumentNullException);
            Assert.That(() => new MiniLmEmbedder(batchSize: 0), Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }

    [Test]
    public void Throws_once_disposed()
    {
        var embedder = new MiniLmEmbedder();
        embedder.Dispose();
        Assert.That(() => embedder.Embed(["The river flooded."]), Throws.InstanceOf<ObjectDisposedException>());
    }

    [Test]
    public void UseMiniLM_builds_a_pipeline_with_the_MiniLM_embedder_and_its_threshold()
    {
        var pipeline = new ClaimDiffPipelineBuilder().UseMiniLM().Build();
        Assert.Multiple(() =>
        {
            Assert.That(pipeline.Embedder, Is.InstanceOf<MiniLmEmbedder>());
            Assert.That(pipeline.Options.Subjects.SimilarityThreshold, Is.EqualTo(MiniLmExtension.SimilarityThreshold));
        });
    }

    [Test]
    public void A_threshold_configured_after_UseMiniLM_wins()
    {
        var pipeline = new ClaimDiffPipelineBuilder().UseMiniLM().Configure(o => o.Subjects.SimilarityThreshold = 0.42).Build();
        Assert.That(pipeline.Options.Subjects.SimilarityThreshold, Is.EqualTo(0.42));
    }

    [Test]
    public void Groups_paraphrases_together_and_apart_from_other_subjects()
    {
        var claims = new[]
        {
            "Beijing curbed rare-earth sales to Japanese firms",
            "The orchestra postponed its autumn concert season",
            "China restricted exports of rare earths to Japan's companies",
            "The symphony's fall concerts were delayed until next year",
            "Heavy rain flooded the coastal highway overnight",
        }.Select((t, i) => NewClaim(i + 1, t)).ToList();
        var subjects = new SubjectGrouper(_embedder, new SubjectOptions { SimilarityThreshold = MiniLmExtension.SimilarityThreshold }).Group(claims);
        Assert.That(subjects.Select(s => s.ClaimIds), Is.EqualTo(new[] { new[] { "c1", "c3" }, new[] { "c2", "c4" }, new[] { "c5" } }));
    }
}

using System.IO.Compression;
using ClaimDiff.Comparison;

namespace ClaimDiff.Tests.Comparison;

public class RelationClassifierTests
{
    // Sentences written for these tests (not taken from any dataset or example article).
    private const string NarrowClaim = "The commerce ministry said the export curbs apply only to military end-users and that civilian buyers will not be affected.";
    private const string BroadClaim = "Exports of rare earths and magnets to Japanese companies are being broadly restricted, well beyond the defence sector.";

    private static RelationClassifier Classifier => RelationClassifier.Default;

    [Test]
    public void Flags_only_versus_broadly_as_a_scope_contradiction()
    {
        var relation = Classifier.Classify(NarrowClaim, BroadClaim);

        TestContext.Out.WriteLine(string.Join(", ", relation.Scores.Select(kv => $"{kv.Key}={kv.Value:0.000}")));
        Assert.Multiple(() =>
        {
            Assert.That(relation.Label, Is.EqualTo(RelationLabel.Contradiction));
            Assert.That(relation.Type, Is.EqualTo(DiscrepancyType.Scope));
            Assert.That(relation.Confidence, Is.GreaterThanOrEqualTo(0.5f));
            Assert.That(relation.Evidence[0].Description, Is.EqualTo("\"only\" (narrow scope) vs \"broadly\" (broad scope)"));
        });
    }

    [Test]
    public void Flags_the_scope_contradiction_in_either_order()
    {
        var relation = Classifier.Classify(BroadClaim, NarrowClaim);

        Assert.That(relation.Label, Is.EqualTo(RelationLabel.Contradiction));
        Assert.That(relation.Type, Is.EqualTo(DiscrepancyType.Scope));
    }

    [Test]
    public void Does_not_flag_the_same_date_written_two_ways()
    {
        var relation = Classifier.Classify("The ban took effect on 6 January 2026.", "The export ban has applied since January 6, 2026.");

        TestContext.Out.WriteLine(string.Join(", ", relation.Scores.Select(kv => $"{kv.Key}={kv.Value:0.000}")));
        Assert.That(relation.Label, Is.Not.EqualTo(RelationLabel.Contradiction));
    }

    [Test]
    public void Calls_sentences_about_different_things_unrelated()
    {
        var relation = Classifier.Classify(
            "The central bank kept its benchmark interest rate unchanged at 4.5 percent on Thursday.",
            "A rare orchid was found growing on a cliff in the national park by volunteer hikers.");

        TestContext.Out.WriteLine(string.Join(", ", relation.Scores.Select(kv => $"{kv.Key}={kv.Value:0.000}")));
        Assert.That(relation.Label, Is.EqualTo(RelationLabel.Unrelated));
    }

    [Test]
    public void Scores_are_probabilities_that_sum_to_one()
    {
        var relation = Classifier.Classify(NarrowClaim, BroadClaim);

        Assert.Multiple(() =>
        {
            Assert.That(relation.Scores.Keys, Is.EquivalentTo(Enum.GetValues<RelationLabel>()));
            Assert.That(relation.Scores.Values.Sum(), Is.EqualTo(1f).Within(1e-4f));
            Assert.That(relation.Scores.Values, Is.All.InRange(0f, 1f));
            Assert.That(relation.Confidence, Is.EqualTo(relation.Scores[relation.Label]));
        });
    }

    [Test]
    public void Evidence_offsets_slice_the_input_texts_exactly()
    {
        var relation = Classifier.Classify(NarrowClaim, BroadClaim);

        Assert.That(relation.Evidence, Is.Not.Empty);
        foreach (var e in relation.Evidence)
        {
            Assert.That(e.First.Start, Is.InRange(0, NarrowClaim.Length));
            Assert.That(e.First.End, Is.InRange(e.First.Start, NarrowClaim.Length));
            Assert.That(e.Second.End, Is.InRange(e.Second.Start, BroadClaim.Length));
        }
        var scope = relation.Evidence[0];
        Assert.Multiple(() =>
        {
            Assert.That(NarrowClaim[scope.First.Start..scope.First.End], Is.EqualTo("only"));
            Assert.That(BroadClaim[scope.Second.Start..scope.Second.End], Is.EqualTo("broadly"));
        });
    }

    [Test]
    public void Evidence_offsets_point_into_the_article_when_the_second_text_is_an_article()
    {
        const string article =
            "Officials met on Monday to discuss trade.\n\nThe talks lasted four hours. " +
            "Exports of rare earths to Japanese firms are being broadly restricted, well beyond the defence sector. " +
            "Analysts expect further talks next month.";
        var featurizer = Classifier.Featurizer;

        var features = featurizer.Featurize(featurizer.ProfileClaim(NarrowClaim), featurizer.ProfileArticle(article));

        var scope = features.Evidence.FirstOrDefault(e => e.Type == DiscrepancyType.Scope);
        Assert.That(scope, Is.Not.Null, "the scope conflict against the matching sentence is found");
        Assert.Multiple(() =>
        {
            Assert.That(NarrowClaim[scope!.First.Start..scope.First.End], Is.EqualTo("only"));
            Assert.That(article[scope.Second.Start..scope.Second.End], Is.EqualTo("broadly"));
        });
    }

    [Test]
    public void Compares_a_claim_with_a_whole_article_without_truncating_it()
    {
        var filler = string.Concat(Enumerable.Repeat("Markets were calm and traders waited for new figures. ", 60));
        var article = filler + "Exports of rare earths to Japanese firms are being broadly restricted, well beyond the defence sector.";
        var featurizer = Classifier.Featurizer;

        var features = featurizer.Featurize(featurizer.ProfileClaim(NarrowClaim), featurizer.ProfileArticle(article));

        var scope = features.Evidence.FirstOrDefault(e => e.Type == DiscrepancyType.Scope);
        Assert.That(scope, Is.Not.Null, "the last sentence of a long article is still compared");
        Assert.That(article[scope!.Second.Start..scope.Second.End], Is.EqualTo("broadly"));
    }

    [Test]
    public void Gives_identical_results_when_called_from_many_threads()
    {
        var pairs = new[]
        {
            (NarrowClaim, BroadClaim),
            ("The ban took effect on 6 January 2026.", "The export ban has applied since January 6, 2026."),
            ("Prices rose 4% in March.", "Prices fell 2% in March."),
            ("The minister denied the report.", "The minister confirmed the report."),
        };
        var expected = pairs.Select(p => Classifier.Classify(p.Item1, p.Item2)).ToArray();
        var actual = new Relation[200];

        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            actual[i] = Classifier.Classify(pairs[i % pairs.Length].Item1, pairs[i % pairs.Length].Item2));

        for (var i = 0; i < actual.Length; i++)
        {
            var e = expected[i % pairs.Length];
            Assert.That(actual[i].Label, Is.EqualTo(e.Label));
            Assert.That(actual[i].Type, Is.EqualTo(e.Type));
            Assert.That(actual[i].Scores, Is.EquivalentTo(e.Scores));
            Assert.That(actual[i].Evidence, Is.EqualTo(e.Evidence));
        }
    }

    [Test]
    public void Throws_a_model_load_exception_on_a_corrupt_stream()
    {
        using var stream = new MemoryStream("this is not a zip file"u8.ToArray());

        var e = Assert.Throws<ModelLoadException>(() => RelationClassifier.Load(stream));
        Assert.That(e!.Message, Does.Contain("relation model"));
    }

    /// <summary>The package's model with its feature manifest rewritten by <paramref name="rewrite"/>.</summary>
    private static MemoryStream EmbeddedModelWithManifest(Func<string[], string[]> rewrite)
    {
        var copy = new MemoryStream();
        using (var model = typeof(RelationClassifier).Assembly.GetManifestResourceStream("ClaimDiff.Resources.relation-model.zip")!)
            model.CopyTo(copy);
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(RelationCatalog.FeatureManifestEntry)!;
            string[] names;
            using (var reader = new StreamReader(entry.Open()))
                names = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(RelationCatalog.FeatureManifestEntry).Open());
            foreach (var name in rewrite(names))
                writer.WriteLine(name);
        }
        copy.Position = 0;
        return copy;
    }

    [Test]
    public void The_package_s_model_names_the_features_this_version_computes_and_loads_with_them()
    {
        using var same = EmbeddedModelWithManifest(names => names);
        Assert.That(RelationClassifier.Load(same).Classify(NarrowClaim, BroadClaim).Scores, Is.EqualTo(Classifier.Classify(NarrowClaim, BroadClaim).Scores));
    }

    [Test]
    public void A_model_trained_on_other_features_fails_to_load_naming_the_first_that_differs()
    {
        using var renamed = EmbeddedModelWithManifest(names => [.. names.Select((n, i) => i == 3 ? "some_other_feature" : n)]);
        var e = Assert.Throws<ModelLoadException>(() => RelationClassifier.Load(renamed));
        Assert.That(e!.Message, Does.Contain("feature 3 is 'some_other_feature'"));
        using var shorter = EmbeddedModelWithManifest(names => names[..^1]);
        e = Assert.Throws<ModelLoadException>(() => RelationClassifier.Load(shorter));
        Assert.That(e!.Message, Does.Contain("names 180 features"));
    }

    [Test]
    public void Throws_a_model_load_exception_on_an_empty_stream()
    {
        using var stream = new MemoryStream();

        Assert.Throws<ModelLoadException>(() => RelationClassifier.Load(stream));
    }

    [Test]
    public void Rejects_null_texts()
    {
        Assert.Throws<ArgumentNullException>(() => Classifier.Classify(null!, "x"));
        Assert.Throws<ArgumentNullException>(() => Classifier.Classify("x", null!));
    }

    [Test]
    public void Classifies_empty_texts_without_throwing()
    {
        Assert.That(() => Classifier.Classify("", ""), Throws.Nothing);
    }
}

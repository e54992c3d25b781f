using ClaimDiff.Subjects;

namespace ClaimDiff.Tests.Subjects;

public class DocumentFrequenciesTests
{
    [Test]
    public void Weighs_rare_terms_above_common_ones()
    {
        var table = DocumentFrequencies.Build(["the ban started", "the ban ended", "magnets were restricted"], minCount: 1);
        Assert.That(table.Idf("magnet"), Is.GreaterThan(table.Idf("ban")));
    }

    [Test]
    public void Survives_a_save_and_load_round_trip_byte_for_byte()
    {
        var table = DocumentFrequencies.Build(["alpha beta", "beta gamma", "beta delta"], minCount: 1);
        using var first = new MemoryStream();
        table.Save(first);
        first.Position = 0;
        var loaded = DocumentFrequencies.Load(first);
        using var second = new MemoryStream();
        loaded.Save(second);
        Assert.Multiple(() =>
        {
            Assert.That(loaded.DocumentCount, Is.EqualTo(3));
            Assert.That(loaded.Idf("beta"), Is.EqualTo(table.Idf("beta")));
            Assert.That(second.ToArray(), Is.EqualTo(first.ToArray()));
        });
    }

    [Test]
    public void Reports_a_corrupt_table_as_a_model_load_error()
        => Assert.Throws<ModelLoadException>(() => DocumentFrequencies.Load(new MemoryStream([1, 2, 3, 4])));
}

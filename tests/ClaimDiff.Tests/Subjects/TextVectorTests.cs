using ClaimDiff.Subjects;

namespace ClaimDiff.Tests.Subjects;

public class TextVectorTests
{
    private static TextVector Vector(params (int Index, float Weight)[] weights)
        => new(weights.Select(w => new KeyValuePair<int, float>(w.Index, w.Weight)));

    [Test]
    public void Is_normalised_so_a_vector_has_cosine_one_with_itself()
        => Assert.That(Vector((3, 2f), (9, 5f)).Cosine(Vector((3, 2f), (9, 5f))), Is.EqualTo(1f).Within(1e-6));

    [Test]
    public void Has_cosine_zero_with_a_vector_sharing_no_index()
        => Assert.That(Vector((1, 1f)).Cosine(Vector((2, 1f))), Is.Zero);

    [Test]
    public void Sums_duplicate_indices()
        => Assert.That(Vector((1, 1f), (1, 1f), (2, 2f)).Cosine(Vector((1, 1f), (2, 1f))), Is.EqualTo(1f).Within(1e-6));

    [Test]
    public void Is_empty_without_weights()
        => Assert.That(Vector().IsEmpty, Is.True);
}

using ClaimDiff.Claims;

namespace ClaimDiff.Subjects;

/// <summary>Groups claims by subject, so that only claims about the same thing are compared.</summary>
public interface ISubjectGrouper
{
    /// <summary>Groups <paramref name="claims"/>; every claim lands in exactly one subject. The same input gives the same subjects and ids.</summary>
    IReadOnlyList<Subject> Group(IReadOnlyList<Claim> claims, CancellationToken cancellationToken = default);
}

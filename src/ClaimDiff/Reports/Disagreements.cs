using ClaimDiff.Comparison;

namespace ClaimDiff.Reports;

/// <summary>
/// The disagreements of a report, for its reader: discrepancies of one type on one subject that share a claim are one
/// disagreement ("only military users" against "broadly restricted", however many claims say each), shown as one card.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class Disagreements
{
    /// <summary>
    /// The discrepancies grouped into disagreements, in the report's order: each group in the order of its first
    /// discrepancy, its lead (the first) standing for it.
    /// </summary>
    public static List<List<Discrepancy>> Of(Report report)
    {
        var discrepancies = report.Discrepancies;
        var parent = Enumerable.Range(0, discrepancies.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        // The first discrepancy seen with each claim, per subject and type; a later one with that claim joins its group.
        var seen = new Dictionary<(string Subject, DiscrepancyType Type, string Claim), int>();
        for (var i = 0; i < discrepancies.Count; i++)
        {
            var d = discrepancies[i];
            foreach (var claim in new[] { d.ClaimA.Id, d.ClaimB.Id })
            {
                if (seen.TryGetValue((d.SubjectId, d.Type, claim), out var other))
                    parent[Find(i)] = Find(other);
                else
                    seen[(d.SubjectId, d.Type, claim)] = i;
            }
        }
        var groups = new Dictionary<int, List<Discrepancy>>();
        var order = new List<List<Discrepancy>>();
        for (var i = 0; i < discrepancies.Count; i++)
        {
            var root = Find(i);
            if (!groups.TryGetValue(root, out var group))
            {
                groups[root] = group = [];
                order.Add(group);
            }
            group.Add(discrepancies[i]);
        }
        return order;
    }

    /// <summary>Every other pair of claims in a disagreement: the lead's repeats, then each further discrepancy with its own.</summary>
    public static List<Discrepancy> OtherPairs(List<Discrepancy> group)
        => [.. group[0].Repeats, .. group.Skip(1).SelectMany(d => new[] { d }.Concat(d.Repeats))];
}

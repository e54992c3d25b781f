namespace ClaimDiff.Subjects;

/// <summary>
/// Average-linkage agglomerative clustering over a sparse similarity graph: pairs with no edge count as similarity 0,
/// so two groups merge only while the mean similarity over all their cross pairs stays at or above the threshold.
/// Nodes may start as groups of several items (identical texts); an edge's similarity then holds for every cross pair.
/// </summary>
internal static class AverageLinkage
{
    public static List<List<int>> Cluster(IReadOnlyList<List<int>> nodes, List<(int A, int B, float Similarity)> edges, double threshold, CancellationToken cancellationToken)
    {
        var count = nodes.Count;
        // links[c][d] = summed similarity between the members of clusters c and d.
        var links = new Dictionary<int, double>[count];
        var members = new List<int>?[count];
        for (var i = 0; i < count; i++)
        {
            links[i] = [];
            members[i] = [.. nodes[i]];
        }
        foreach (var (a, b, s) in edges)
        {
            var sum = (double)s * nodes[a].Count * nodes[b].Count;
            links[a][b] = links[a].GetValueOrDefault(b) + sum;
            links[b][a] = links[b].GetValueOrDefault(a) + sum;
        }

        // Max-heap on average similarity; ties broken by the lower cluster ids so the result is deterministic.
        var queue = new PriorityQueue<(int C, int D, int SizeC, int SizeD), (double, int, int)>(
            Comparer<(double Avg, int C, int D)>.Create((x, y) =>
            {
                var byAverage = y.Avg.CompareTo(x.Avg);
                return byAverage != 0 ? byAverage : x.C != y.C ? x.C.CompareTo(y.C) : x.D.CompareTo(y.D);
            }));
        for (var c = 0; c < count; c++)
            foreach (var (d, sum) in links[c])
            {
                var average = sum / ((double)members[c]!.Count * members[d]!.Count);
                if (c < d && average >= threshold)
                    queue.Enqueue((c, d, members[c]!.Count, members[d]!.Count), (average, c, d));
            }

        while (queue.TryDequeue(out var pair, out _))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (c, d, sizeC, sizeD) = pair;
            // Skip stale entries: a cluster that has since been merged away or has grown.
            if (members[c] is not { } mc || members[d] is not { } md || mc.Count != sizeC || md.Count != sizeD)
                continue;
            mc.AddRange(md);
            members[d] = null;
            links[c].Remove(d);
            foreach (var (e, sum) in links[d])
            {
                if (e == c) continue;
                links[c][e] = links[c].GetValueOrDefault(e) + sum;
                links[e].Remove(d);
                links[e][c] = links[c][e];
            }
            links[d].Clear();
            foreach (var (e, sum) in links[c])
            {
                var average = sum / ((double)mc.Count * members[e]!.Count);
                if (average >= threshold)
                {
                    var (lo, hi) = c < e ? (c, e) : (e, c);
                    queue.Enqueue((lo, hi, members[lo]!.Count, members[hi]!.Count), (average, lo, hi));
                }
            }
        }
        return members.Where(m => m is not null).Select(m => m!).ToList();
    }
}

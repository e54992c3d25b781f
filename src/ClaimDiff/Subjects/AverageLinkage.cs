namespace ClaimDiff.Subjects;

/// <summary>
/// Average-linkage agglomerative clustering over a sparse similarity graph: pairs with no edge count as similarity 0,
/// so two groups merge only while the mean similarity over all their cross pairs stays at or above the threshold.
/// Nodes may start as groups of several items (identical texts); an edge's similarity then holds for every cross pair.
/// </summary>
/// <remarks>
/// Always merges the pair with the highest current average (ties to the lower cluster ids). Queue entries are lazy:
/// when a cluster grows, only the neighbours of the absorbed cluster get fresh entries (their link mass changed); the
/// others keep entries that now overstate their average, which is recomputed, and re-queued if still high enough, when
/// such an entry comes to the top. A merge therefore costs the smaller adjacency, not the whole neighbourhood.
/// </remarks>
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

        double Average(int c, int d) => links[c].GetValueOrDefault(d) / ((double)members[c]!.Count * members[d]!.Count);

        // Max-heap on average similarity; ties broken by the lower cluster ids so the result is deterministic.
        var queue = new PriorityQueue<(int C, int D), (double Avg, int C, int D)>(
            Comparer<(double Avg, int C, int D)>.Create((x, y) =>
            {
                var byAverage = y.Avg.CompareTo(x.Avg);
                return byAverage != 0 ? byAverage : x.C != y.C ? x.C.CompareTo(y.C) : x.D.CompareTo(y.D);
            }));
        void Offer(int c, int d)
        {
            var (lo, hi) = c < d ? (c, d) : (d, c);
            var average = Average(lo, hi);
            if (average >= threshold)
                queue.Enqueue((lo, hi), (average, lo, hi));
        }
        for (var c = 0; c < count; c++)
            foreach (var d in links[c].Keys)
                if (c < d)
                    Offer(c, d);

        while (queue.TryDequeue(out var pair, out var priority))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (c, d) = pair;
            if (members[c] is null || members[d] is null)
                continue;
            // A stale entry: the average has since fallen (a cluster grew); queue it again at its true value.
            if (Average(c, d) != priority.Avg)
            {
                Offer(c, d);
                continue;
            }
            // The cluster with more neighbours survives; the other's links are folded into it.
            var (keep, gone) = links[c].Count >= links[d].Count ? (c, d) : (d, c);
            var absorbed = links[gone];
            links[gone] = [];
            links[keep].Remove(gone);
            absorbed.Remove(keep);
            foreach (var (e, sum) in absorbed)
            {
                var merged = links[keep].GetValueOrDefault(e) + sum;
                links[keep][e] = merged;
                links[e].Remove(gone);
                links[e][keep] = merged;
            }
            var (big, small) = members[keep]!.Count >= members[gone]!.Count ? (members[keep]!, members[gone]!) : (members[gone]!, members[keep]!);
            big.AddRange(small);
            members[keep] = big;
            members[gone] = null;
            foreach (var e in absorbed.Keys)
                Offer(keep, e);
        }
        return members.Where(m => m is not null).Select(m => m!).ToList();
    }
}

using System.Collections.ObjectModel;

namespace ClaimDiff.Comparison.Conflicts;

/// <summary>
/// The conflict detectors of a pipeline, in the order their evidence is listed when a pair shows several conflicts (the
/// most specific first). Holds at most one detector per <see cref="DiscrepancyType"/>: evidence of a type no detector
/// here handles is not reported.
/// </summary>
/// <remarks>Mutable and not thread-safe, like the builder that holds it; the pipeline takes a copy.</remarks>
public sealed class ConflictDetectorCollection : Collection<IConflictDetector>
{
    /// <summary>Creates an empty collection.</summary>
    public ConflictDetectorCollection()
    {
    }

    /// <summary>Creates a collection of <paramref name="detectors"/>, in order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="detectors"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two detectors have the same type.</exception>
    public ConflictDetectorCollection(IEnumerable<IConflictDetector> detectors)
    {
        ArgumentNullException.ThrowIfNull(detectors);
        foreach (var detector in detectors)
            Add(detector);
    }

    /// <summary>
    /// The built-in detectors, most specific first: <see cref="ScopeConflictDetector"/>, <see cref="NumericConflictDetector"/>,
    /// <see cref="DateConflictDetector"/>, <see cref="AntonymConflictDetector"/>, <see cref="NegationConflictDetector"/>,
    /// <see cref="DenialConflictDetector"/>, <see cref="ModalityConflictDetector"/> and <see cref="EntityConflictDetector"/>.
    /// </summary>
    public static ConflictDetectorCollection CreateDefault() => new(BuiltInDetectors.All);

    /// <summary>The detector of <paramref name="type"/>, or <see langword="null"/>.</summary>
    public IConflictDetector? Find(DiscrepancyType type) => this.FirstOrDefault(d => d.Type == type);

    /// <summary>The first detector of class <typeparamref name="T"/>, or <see langword="null"/>.</summary>
    public T? Find<T>() where T : class, IConflictDetector => this.OfType<T>().FirstOrDefault();

    /// <summary>Inserts <paramref name="detector"/> before the first detector of class <typeparamref name="T"/>, or at the end when there is none.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="detector"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A detector of the same type is in the collection.</exception>
    public void InsertBefore<T>(IConflictDetector detector) where T : class, IConflictDetector
    {
        Insert(Find<T>() is { } next ? IndexOf(next) : Count, detector);
    }

    /// <summary>Removes every detector of class <typeparamref name="T"/>; returns whether there was one.</summary>
    public bool Remove<T>() where T : class, IConflictDetector
    {
        var removed = false;
        for (var i = Count - 1; i >= 0; i--)
            if (this[i] is T)
            {
                RemoveAt(i);
                removed = true;
            }
        return removed;
    }

    /// <inheritdoc />
    protected override void InsertItem(int index, IConflictDetector item)
    {
        Check(item, index: -1);
        base.InsertItem(index, item);
    }

    /// <inheritdoc />
    protected override void SetItem(int index, IConflictDetector item)
    {
        Check(item, index);
        base.SetItem(index, item);
    }

    private void Check(IConflictDetector item, int index)
    {
        ArgumentNullException.ThrowIfNull(item);
        var type = item.Type ?? throw new ArgumentException($"The conflict detector {item.GetType().Name} has no type.", nameof(item));
        for (var i = 0; i < Count; i++)
            if (i != index && this[i].Type == type)
                throw new ArgumentException($"The conflict detectors {this[i].GetType().Name} and {item.GetType().Name} both find '{type.Name}' conflicts; remove one first.", nameof(item));
    }
}

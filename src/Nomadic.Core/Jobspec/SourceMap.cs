using System.Runtime.CompilerServices;
using Nomadic.Hcl;

namespace Nomadic.Core.Jobspec;

/// <summary>
/// Where each decoded part of a job came from: a model path such as <c>TaskGroups[0].Tasks[1].Resources.Cores</c>
/// mapped to the source range of the attribute or block that set it, so later validation can point at the file.
/// </summary>
/// <remarks>
/// Most decodes never look a path up (only a validation error does), so recording is cheap: an entry keeps its parent
/// path and its last step apart and the attribute or block it came from; the paths are joined, the positions found and
/// the index by path built at the first lookup.
/// </remarks>
public sealed class SourceMap
{
    // Chunks double from a size that suits a small job, up to one that stays off the large object heap, however big the job.
    private const int FirstChunkSize = 64;
    private const int LargestChunkSize = 2048;

    private readonly List<Entry[]> _chunks = [];
    private int _count;
    private int _lastChunkCount;
    private Dictionary<string, object>? _index;

    /// <summary>Every recorded model path.</summary>
    public IReadOnlyCollection<string> Paths => Index.Keys;

    private Dictionary<string, object> Index => _index ??= BuildIndex();

    /// <summary>Looks up the range recorded for exactly <paramref name="path"/>.</summary>
    /// <param name="path">A model path, e.g. <c>TaskGroups[0].Count</c>.</param>
    /// <param name="range">The source range when found.</param>
    /// <returns>Whether the path was recorded.</returns>
    public bool TryGetRange(string path, out SourceRange range)
    {
        if (Index.TryGetValue(path, out var source))
        {
            range = RangeOf(source);
            return true;
        }

        range = default;
        return false;
    }

    /// <summary>
    /// The range of <paramref name="path"/>, or of its closest recorded ancestor (<c>TaskGroups[0].Tasks[1].Resources</c>
    /// for an unset <c>...Resources.Cores</c>); <see langword="null"/> when nothing on the way was recorded.
    /// </summary>
    /// <param name="path">A model path.</param>
    /// <returns>The most specific known range.</returns>
    public SourceRange? Find(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var index = Index;
        var current = path;
        while (current.Length > 0)
        {
            if (index.TryGetValue(current, out var source))
            {
                return RangeOf(source);
            }

            var cut = Math.Max(current.LastIndexOf('.'), current.LastIndexOf('['));
            if (cut <= 0)
            {
                break;
            }

            current = current[..cut];
        }

        return index.TryGetValue(string.Empty, out var root) ? RangeOf(root) : null;
    }

    /// <summary>Records (or replaces) the range of <paramref name="path"/>.</summary>
    /// <param name="path">A model path; the empty string is the job itself.</param>
    /// <param name="range">Where it is defined.</param>
    public void Add(string path, SourceRange range) => Record(new Entry(path, null, false, new StrongBox<SourceRange>(range)));

    /// <summary>Records (or replaces) <paramref name="path"/> as defined by <paramref name="attribute"/>.</summary>
    internal void Add(string path, HclAttribute attribute) => Record(new Entry(path, null, false, attribute));

    /// <summary>Records (or replaces) <paramref name="path"/> as defined by <paramref name="block"/>'s header.</summary>
    internal void Add(string path, HclBlock block) => Record(new Entry(path, null, false, block));

    /// <summary>Records the field <paramref name="field"/> of the object at <paramref name="parent"/> (<c>parent.field</c>, or <c>field</c> at the root).</summary>
    internal void AddField(string parent, string field, HclAttribute attribute) => Record(new Entry(parent, field, false, attribute));

    /// <summary>Records the entry <paramref name="key"/> of the map at <paramref name="parent"/> (<c>parent[key]</c>).</summary>
    internal void AddKey(string parent, string key, HclAttribute attribute) => Record(new Entry(parent, key, true, attribute));

    private static SourceRange RangeOf(object source) => source switch
    {
        HclAttribute attribute => attribute.Range,
        HclBlock block => block.DefinitionRange,
        _ => ((StrongBox<SourceRange>)source).Value,
    };

    private void Record(Entry entry)
    {
        if (_chunks.Count == 0 || _lastChunkCount == _chunks[^1].Length)
        {
            _chunks.Add(new Entry[_chunks.Count == 0 ? FirstChunkSize : Math.Min(_chunks[^1].Length * 2, LargestChunkSize)]);
            _lastChunkCount = 0;
        }

        _chunks[^1][_lastChunkCount++] = entry;
        _count++;
        if (_index is not null)
        {
            _index[entry.Path] = entry.Source;
        }
    }

    private Dictionary<string, object> BuildIndex()
    {
        var index = new Dictionary<string, object>(_count, StringComparer.Ordinal);
        for (var c = 0; c < _chunks.Count; c++)
        {
            var chunk = _chunks[c];
            var filled = c == _chunks.Count - 1 ? _lastChunkCount : chunk.Length;
            for (var i = 0; i < filled; i++)
            {
                index[chunk[i].Path] = chunk[i].Source;
            }
        }

        return index;
    }

    /// <summary>A recorded path, kept as its parent and last step until it is looked up.</summary>
    /// <param name="Parent">The parent's path, or the whole path when <paramref name="Step"/> is <see langword="null"/>.</param>
    /// <param name="Step">The field name or map key after the parent.</param>
    /// <param name="IsKey">Whether <paramref name="Step"/> is a map key (<c>[key]</c>) rather than a field (<c>.field</c>).</param>
    /// <param name="Source">The attribute, block or boxed range that defines the path.</param>
    private readonly record struct Entry(string Parent, string? Step, bool IsKey, object Source)
    {
        public string Path => Step is null ? Parent
            : IsKey ? $"{Parent}[{Step}]"
            : Parent.Length == 0 ? Step : $"{Parent}.{Step}";
    }
}

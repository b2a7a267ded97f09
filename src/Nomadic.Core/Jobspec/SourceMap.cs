using System.Runtime.CompilerServices;
using Nomadic.Hcl;

namespace Nomadic.Core.Jobspec;

/// <summary>
/// Where each decoded part of a job came from: a model path such as <c>TaskGroups[0].Tasks[1].Resources.Cores</c>
/// mapped to the source range of the attribute or block that set it, so later validation can point at the file.
/// </summary>
public sealed class SourceMap
{
    // A small job records a few dozen paths; starting there saves the first rounds of growth. A value is the attribute or
    // block the range comes from (its position is found only when a lookup asks, as most paths are never looked up),
    // or a boxed range.
    private readonly Dictionary<string, object> _ranges = new(64, StringComparer.Ordinal);

    /// <summary>Every recorded model path.</summary>
    public IReadOnlyCollection<string> Paths => _ranges.Keys;

    /// <summary>Looks up the range recorded for exactly <paramref name="path"/>.</summary>
    /// <param name="path">A model path, e.g. <c>TaskGroups[0].Count</c>.</param>
    /// <param name="range">The source range when found.</param>
    /// <returns>Whether the path was recorded.</returns>
    public bool TryGetRange(string path, out SourceRange range)
    {
        if (_ranges.TryGetValue(path, out var source))
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
        var current = path;
        while (current.Length > 0)
        {
            if (_ranges.TryGetValue(current, out var source))
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

        return _ranges.TryGetValue(string.Empty, out var root) ? RangeOf(root) : null;
    }

    /// <summary>Records (or replaces) the range of <paramref name="path"/>.</summary>
    /// <param name="path">A model path; the empty string is the job itself.</param>
    /// <param name="range">Where it is defined.</param>
    public void Add(string path, SourceRange range) => _ranges[path] = new StrongBox<SourceRange>(range);

    /// <summary>Records (or replaces) <paramref name="path"/> as defined by <paramref name="attribute"/>.</summary>
    internal void Add(string path, HclAttribute attribute) => _ranges[path] = attribute;

    /// <summary>Records (or replaces) <paramref name="path"/> as defined by <paramref name="block"/>'s header.</summary>
    internal void Add(string path, HclBlock block) => _ranges[path] = block;

    /// <summary>Records <paramref name="to"/> as defined where <paramref name="from"/> is, when that is recorded.</summary>
    internal void Copy(string from, string to)
    {
        if (_ranges.TryGetValue(from, out var source))
        {
            _ranges[to] = source;
        }
    }

    private static SourceRange RangeOf(object source) => source switch
    {
        HclAttribute attribute => attribute.Range,
        HclBlock block => block.DefinitionRange,
        _ => ((StrongBox<SourceRange>)source).Value,
    };
}

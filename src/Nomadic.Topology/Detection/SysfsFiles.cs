using System.Globalization;

namespace Nomadic.Topology.Detection;

/// <summary>Reads small sysfs and procfs files below a root directory, turning bad content into clear errors.</summary>
internal sealed class SysfsFiles
{
    private readonly string _root;

    public SysfsFiles(string root)
    {
        _root = root;
    }

    public string PathOf(string relative) => Path.Combine(_root, relative.TrimStart('/'));

    /// <summary>The trimmed content, or null when the file is missing or unreadable (as Nomad treats it).</summary>
    public string? ReadText(string relative)
    {
        try
        {
            return File.ReadAllText(PathOf(relative)).Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public IReadOnlyList<int>? ReadList(string relative)
    {
        var text = ReadText(relative);
        if (text is null)
        {
            return null;
        }

        return CpuList.TryParse(text, out var ids, out var error)
            ? ids
            : throw new TopologyDetectionException($"{PathOf(relative)}: {error}");
    }

    /// <summary>A number, or null when the file is missing or does not hold an integer (best effort, as Nomad).</summary>
    public long? ReadNumber(string relative)
    {
        var text = ReadText(relative);
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    public IEnumerable<string> Directories(string relative, string pattern)
    {
        var path = PathOf(relative);
        try
        {
            return Directory.Exists(path) ? Directory.EnumerateDirectories(path, pattern).Order(StringComparer.Ordinal).ToArray() : [];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}

using System.Text;

namespace Nomadic.Hcl.Functions.Library;

/// <summary>Go's <c>path/filepath</c> lexical operations for slash-separated paths: Clean, Join, Base, Dir, IsAbs, Rel.</summary>
internal static class GoPath
{
    /// <summary>Tests whether a path is absolute.</summary>
    /// <param name="path">The path.</param>
    /// <returns>Whether it is absolute.</returns>
    public static bool IsAbs(string path) => path.StartsWith('/') || (OperatingSystem.IsWindows() && Path.IsPathFullyQualified(path));

    /// <summary>Joins path elements, skipping empty ones, and cleans the result.</summary>
    /// <param name="parts">The elements.</param>
    /// <returns>The joined path, or "" when every element is empty.</returns>
    public static string Join(params string[] parts)
    {
        var nonEmpty = parts.Where(p => p.Length > 0).ToArray();
        return nonEmpty.Length == 0 ? string.Empty : Clean(string.Join('/', nonEmpty));
    }

    /// <summary>Returns the shortest equivalent path by purely lexical processing, as Go's <c>filepath.Clean</c>.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The clean path; "." for an empty one.</returns>
    public static string Clean(string path)
    {
        path = path.Replace('\\', '/');
        if (path.Length == 0)
        {
            return ".";
        }

        var rooted = path[0] == '/';
        var output = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (output.Count > 0 && output[^1] != "..")
                {
                    output.RemoveAt(output.Count - 1);
                }
                else if (!rooted)
                {
                    output.Add("..");
                }

                continue;
            }

            output.Add(part);
        }

        var joined = string.Join('/', output);
        if (rooted)
        {
            return "/" + joined;
        }

        return joined.Length == 0 ? "." : joined;
    }

    /// <summary>Returns the last element of a path, as Go's <c>filepath.Base</c>.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The last element; "." for an empty path, "/" for a path of only slashes.</returns>
    public static string Base(string path)
    {
        if (path.Length == 0)
        {
            return ".";
        }

        path = path.TrimEnd('/');
        if (path.Length == 0)
        {
            return "/";
        }

        var slash = path.LastIndexOf('/');
        return slash >= 0 ? path[(slash + 1)..] : path;
    }

    /// <summary>Returns all but the last element of a path, cleaned, as Go's <c>filepath.Dir</c>.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The directory.</returns>
    public static string Dir(string path)
    {
        var slash = path.LastIndexOf('/');
        return Clean(path[..(slash + 1)]);
    }

    /// <summary>Returns <paramref name="target"/> relative to <paramref name="basePath"/>, both absolute or both relative.</summary>
    /// <param name="basePath">The base.</param>
    /// <param name="target">The target.</param>
    /// <returns>The relative path.</returns>
    public static string Rel(string basePath, string target)
    {
        var b = Clean(basePath).Split('/', StringSplitOptions.RemoveEmptyEntries).Where(p => p != ".").ToList();
        var t = Clean(target).Split('/', StringSplitOptions.RemoveEmptyEntries).Where(p => p != ".").ToList();
        var common = 0;
        while (common < b.Count && common < t.Count && b[common] == t[common])
        {
            common++;
        }

        var sb = new StringBuilder();
        for (var i = common; i < b.Count; i++)
        {
            sb.Append(sb.Length > 0 ? "/.." : "..");
        }

        for (var i = common; i < t.Count; i++)
        {
            if (sb.Length > 0)
            {
                sb.Append('/');
            }

            sb.Append(t[i]);
        }

        return sb.Length == 0 ? "." : sb.ToString();
    }
}

namespace Nomadic.Core.Jobs.Validation;

/// <summary>Whether a relative path, joined under a directory of the allocation, climbs out of the allocation directory (Nomad's <c>escapingfs.PathEscapesAllocViaRelative</c>).</summary>
internal static class AllocPath
{
    /// <param name="depth">How deep the base directory sits inside the allocation directory ("task" is 1, "task/local" is 2).</param>
    /// <param name="relative">The path to check.</param>
    public static bool Escapes(int depth, string relative)
    {
        foreach (var segment in relative.Split('/', '\\'))
        {
            if (segment == "..")
            {
                depth--;
                if (depth < 0)
                {
                    return true;
                }
            }
            else if (segment is not ("" or "."))
            {
                depth++;
            }
        }

        return false;
    }
}

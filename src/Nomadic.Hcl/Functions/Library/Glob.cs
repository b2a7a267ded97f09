using System.Text;
using System.Text.RegularExpressions;

namespace Nomadic.Hcl.Functions.Library;

/// <summary>Glob matching with doublestar syntax as Terraform's <c>fileset</c> uses: <c>*</c>, <c>**</c>, <c>?</c>, <c>[...]</c>, <c>{a,b}</c>.</summary>
internal static class Glob
{
    /// <summary>Finds the files (and directories) whose clean slash-separated paths match a clean pattern.</summary>
    /// <param name="pattern">The pattern, slash-separated.</param>
    /// <returns>The matching paths, slash-separated.</returns>
    /// <exception cref="ArgumentException">The pattern is malformed.</exception>
    public static List<string> Find(string pattern)
    {
        var segments = pattern.Split('/');
        var literal = new List<string>();
        foreach (var segment in segments)
        {
            if (segment.IndexOfAny(['*', '?', '[', '{', '\\']) >= 0)
            {
                break;
            }

            literal.Add(segment);
        }

        var regex = new Regex("^" + ToRegex(pattern) + "$", RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(10));
        var results = new List<string>();
        if (literal.Count == segments.Length)
        {
            if (File.Exists(pattern) || Directory.Exists(pattern))
            {
                results.Add(pattern);
            }

            return results;
        }

        var root = literal.Count == 0 ? "." : string.Join('/', literal);
        if (root.Length == 0)
        {
            root = "/";
        }

        if (!Directory.Exists(root))
        {
            return results;
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true }))
        {
            var path = entry.Replace('\\', '/');
            if (literal.Count == 0 && path.StartsWith("./", StringComparison.Ordinal))
            {
                path = path[2..];
            }

            if (regex.IsMatch(path))
            {
                results.Add(path);
            }
        }

        results.Sort(StringComparer.Ordinal);
        return results;
    }

    private static string ToRegex(string pattern)
    {
        var sb = new StringBuilder();
        var braceDepth = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*':
                {
                    var atStart = i == 0 || pattern[i - 1] == '/';
                    var slashAfter = i + 2 < pattern.Length && pattern[i + 2] == '/';
                    if (atStart && slashAfter)
                    {
                        sb.Append("(?:.*/)?");
                        i += 2;
                    }
                    else
                    {
                        sb.Append(".*");
                        i++;
                    }

                    break;
                }

                case '*':
                    sb.Append("[^/]*");
                    break;
                case '?':
                    sb.Append("[^/]");
                    break;
                case '[':
                {
                    var close = pattern.IndexOf(']', i + 2);
                    if (close < 0)
                    {
                        throw new ArgumentException("syntax error in pattern", nameof(pattern));
                    }

                    var body = pattern[(i + 1)..close];
                    if (body.StartsWith('!') || body.StartsWith('^'))
                    {
                        body = "^" + body[1..];
                    }

                    sb.Append('[').Append(body.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal)).Append(']');
                    i = close;
                    break;
                }

                case '{':
                    braceDepth++;
                    sb.Append("(?:");
                    break;
                case '}' when braceDepth > 0:
                    braceDepth--;
                    sb.Append(')');
                    break;
                case ',' when braceDepth > 0:
                    sb.Append('|');
                    break;
                case '\\' when i + 1 < pattern.Length:
                    sb.Append(Regex.Escape(pattern[++i].ToString()));
                    break;
                default:
                    sb.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        if (braceDepth > 0)
        {
            throw new ArgumentException("syntax error in pattern", nameof(pattern));
        }

        return sb.ToString();
    }
}

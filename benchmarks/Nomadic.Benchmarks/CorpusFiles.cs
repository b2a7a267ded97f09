using System.Globalization;
using System.Text;

namespace Nomadic.Benchmarks;

/// <summary>
/// Inputs for benchmarks from the conformance corpus (<c>../shared/corpus</c> beside the repository, or
/// <c>$NOMADIC_CORPUS</c>): single files, and large synthetic inputs made of every file that parses.
/// </summary>
/// <remarks>
/// The locating rule is the same as the conformance tests' <c>CorpusLocator</c>; it is repeated here so that the
/// benchmarks do not reference a test project.
/// </remarks>
public static class CorpusFiles
{
    /// <summary>The environment variable that names the corpus directory explicitly.</summary>
    public const string EnvironmentVariable = "NOMADIC_CORPUS";

    private static readonly Lazy<string> LazyDirectory = new(FindCorpusDirectory);

    /// <summary>Gets the corpus directory (found once, then cached).</summary>
    /// <exception cref="DirectoryNotFoundException">The corpus cannot be found.</exception>
    public static string CorpusDirectory => LazyDirectory.Value;

    /// <summary>
    /// Finds the corpus directory: <c>$NOMADIC_CORPUS</c> if set, else the first <c>shared/corpus</c> found walking up
    /// from this assembly's directory and then from the current directory.
    /// </summary>
    /// <returns>The full path of the corpus directory.</returns>
    /// <exception cref="DirectoryNotFoundException">The variable names a missing directory, or no corpus was found.</exception>
    public static string FindCorpusDirectory()
    {
        var explicitDirectory = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(explicitDirectory))
        {
            var full = Path.GetFullPath(explicitDirectory);
            return Directory.Exists(full)
                ? full
                : throw new DirectoryNotFoundException(
                    $"{EnvironmentVariable} is set to '{explicitDirectory}', but that directory does not exist.");
        }

        // BenchmarkDotNet runs benchmarks from a generated project under bin/, so also try the current directory.
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "corpus");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"The conformance corpus was not found: set {EnvironmentVariable} to its directory, or place it at <repo>/../shared/corpus.");
    }

    /// <summary>Reads one corpus file as UTF-8, without the byte order mark that some corpus files start with.</summary>
    /// <param name="relativePath">The path relative to the corpus root, e.g. <c>hcl/terraform/x.tf</c>.</param>
    /// <returns>The file's text.</returns>
    public static string Read(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(CorpusDirectory, relativePath.Replace('/', Path.DirectorySeparatorChar)));
        return text.StartsWith('\uFEFF') ? text[1..] : text;
    }

    /// <summary>
    /// Lists the <c>.tf</c> and <c>.hcl</c> inputs that HashiCorp's parser accepts (those with an <c>X.json</c> beside
    /// them), sorted by relative path so that every run sees the same order.
    /// </summary>
    /// <returns>The corpus-relative paths, with <c>/</c> separators.</returns>
    public static IReadOnlyList<string> ListParseableFiles()
    {
        var root = CorpusDirectory;
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".tf", StringComparison.Ordinal) || f.EndsWith(".hcl", StringComparison.Ordinal))
                && File.Exists(f + ".json"))
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Reads every parseable <c>.tf</c>/<c>.hcl</c> input (see <see cref="ListParseableFiles"/>).</summary>
    /// <returns>The relative path and text of each file.</returns>
    public static IReadOnlyList<KeyValuePair<string, string>> LoadParseableFiles() =>
        ListParseableFiles().Select(p => KeyValuePair.Create(p, Read(p))).ToList();

    /// <summary>
    /// Builds a large valid HCL2 input of at least <paramref name="megabytes"/> MiB (UTF-8) by repeating the parseable
    /// corpus files in order until the size is reached.
    /// </summary>
    /// <remarks>
    /// Each copy is wrapped in its own block, <c>corpus_file "N" { ... }</c>, so that attributes defined at the top level
    /// of several files do not redefine each other, and byte order marks are dropped (HCL accepts one only at the start
    /// of a file): the result stays valid HCL2 native syntax.
    /// </remarks>
    /// <param name="megabytes">The minimum size in MiB; must be positive.</param>
    /// <returns>The synthetic input.</returns>
    public static string BuildSyntheticInput(double megabytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(megabytes);
        var files = LoadParseableFiles();
        if (files.Count == 0)
        {
            throw new InvalidOperationException($"The corpus at '{CorpusDirectory}' has no parseable .tf or .hcl file.");
        }

        var targetBytes = (long)(megabytes * 1024 * 1024);
        var builder = new StringBuilder((int)Math.Min(int.MaxValue, targetBytes + (targetBytes / 8)));
        long bytes = 0;
        for (var copy = 0; bytes < targetBytes; copy++)
        {
            var (_, text) = files[copy % files.Count];
            var header = string.Create(CultureInfo.InvariantCulture, $"corpus_file \"{copy}\" {{\n");
            builder.Append(header).Append(text);
            if (!text.EndsWith('\n'))
            {
                builder.Append('\n');
            }

            builder.Append("}\n");
            bytes += Encoding.UTF8.GetByteCount(header) + Encoding.UTF8.GetByteCount(text) + 3;
        }

        return builder.ToString();
    }
}

namespace Nomadic.Conformance.Tests.Infrastructure;

/// <summary>
/// Finds the conformance corpus (<c>shared/corpus</c>, beside the repository) and enumerates its cases.
/// </summary>
internal static class CorpusLocator
{
    /// <summary>The environment variable that names the corpus directory explicitly.</summary>
    public const string EnvironmentVariable = "NOMADIC_CORPUS";

    private static readonly string[] ExpectationExtensions = [".json", ".error", ".md"];

    private static readonly Lazy<string> LazyCorpusDirectory = new(FindCorpusDirectory);

    private static readonly Lazy<IReadOnlyList<CorpusCase>> LazyCases = new(() => EnumerateCases(LazyCorpusDirectory.Value));

    /// <summary>Gets the corpus directory of this test run (found once, then cached).</summary>
    /// <exception cref="DirectoryNotFoundException">The corpus cannot be found.</exception>
    public static string CorpusDirectory => LazyCorpusDirectory.Value;

    /// <summary>Gets every case of the corpus of this test run, sorted by relative path (enumerated once, then cached).</summary>
    public static IReadOnlyList<CorpusCase> Cases => LazyCases.Value;

    /// <summary>
    /// Finds the corpus directory: <c>$NOMADIC_CORPUS</c> if it is set, else the first <c>shared/corpus</c> found
    /// walking up from the test assembly's directory (which finds <c>&lt;repo&gt;/../shared/corpus</c>).
    /// </summary>
    /// <returns>The full path of the corpus directory.</returns>
    /// <exception cref="DirectoryNotFoundException">The variable names a missing directory, or no corpus was found.</exception>
    public static string FindCorpusDirectory() =>
        FindCorpusDirectory(Environment.GetEnvironmentVariable(EnvironmentVariable), AppContext.BaseDirectory);

    /// <summary>Finds the corpus directory from an explicit setting or a starting directory.</summary>
    /// <param name="explicitDirectory">The value of <c>NOMADIC_CORPUS</c>; <see langword="null"/> or empty when unset.</param>
    /// <param name="startDirectory">The directory to walk up from.</param>
    /// <returns>The full path of the corpus directory.</returns>
    /// <exception cref="DirectoryNotFoundException">The explicit directory is missing, or no corpus was found.</exception>
    public static string FindCorpusDirectory(string? explicitDirectory, string startDirectory)
    {
        if (!string.IsNullOrWhiteSpace(explicitDirectory))
        {
            var full = Path.GetFullPath(explicitDirectory);
            return Directory.Exists(full)
                ? full
                : throw new DirectoryNotFoundException(
                    $"{EnvironmentVariable} is set to '{explicitDirectory}', but that directory does not exist.");
        }

        for (var dir = new DirectoryInfo(Path.GetFullPath(startDirectory)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"The conformance corpus was not found: set {EnvironmentVariable} to its directory, or place it at " +
            $"<repo>/../shared/corpus (searched upwards from '{startDirectory}').");
    }

    /// <summary>
    /// Enumerates the cases of a corpus: every file <c>X</c> not ending in <c>.json</c>, <c>.error</c> or <c>.md</c>
    /// that has <c>X.json</c> or <c>X.error</c> beside it.
    /// </summary>
    /// <param name="corpusDirectory">The corpus root.</param>
    /// <returns>The cases, sorted ordinally by relative path.</returns>
    public static IReadOnlyList<CorpusCase> EnumerateCases(string corpusDirectory)
    {
        var root = Path.GetFullPath(corpusDirectory);
        var cases = new List<CorpusCase>();
        foreach (var input in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            if (ExpectationExtensions.Any(ext => input.EndsWith(ext, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var json = input + ".json";
            var error = input + ".error";
            var hasJson = File.Exists(json);
            var hasError = File.Exists(error);
            if (!hasJson && !hasError)
            {
                continue;
            }

            var relative = Path.GetRelativePath(root, input).Replace(Path.DirectorySeparatorChar, '/');
            cases.Add(new CorpusCase(relative, input, hasJson ? json : null, hasError ? error : null));
        }

        cases.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return cases;
    }

    /// <summary>Finds one case of this run's corpus by its relative path.</summary>
    /// <param name="relativePath">The path relative to the corpus root, with <c>/</c> separators.</param>
    /// <returns>The case.</returns>
    /// <exception cref="KeyNotFoundException">The corpus has no such case.</exception>
    public static CorpusCase GetCase(string relativePath) =>
        Cases.FirstOrDefault(c => string.Equals(c.RelativePath, relativePath, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"The corpus at '{CorpusDirectory}' has no case '{relativePath}'.");
}

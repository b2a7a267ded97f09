namespace Nomadic.Core.Tests.Corpus;

/// <summary>The jobspecs of the shared corpus, found as Nomadic.Conformance.Tests finds it; a missing corpus fails loudly.</summary>
internal static class CorpusFiles
{
    public static string Root { get; } = FindRoot();

    public static IReadOnlyList<string> Jobspecs { get; } =
        [.. Directory.EnumerateFiles(Path.Combine(Root, "jobspecs"), "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".json", StringComparison.Ordinal) && !f.EndsWith(".error", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Root, f))
            .Order(StringComparer.Ordinal)];

    public static string FullPath(string relativePath) => Path.Combine(Root, relativePath);

    private static string FindRoot()
    {
        if (Environment.GetEnvironmentVariable("NOMADIC_CORPUS") is { Length: > 0 } env)
        {
            return Directory.Exists(env) ? Path.GetFullPath(env) : throw new DirectoryNotFoundException($"NOMADIC_CORPUS names '{env}', which does not exist.");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        throw new DirectoryNotFoundException("The corpus was not found: set NOMADIC_CORPUS or place it at <repo>/../shared/corpus.");
    }
}

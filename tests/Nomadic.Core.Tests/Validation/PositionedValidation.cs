using System.Text;
using Nomadic.Core.Jobs.Validation;
using Nomadic.Core.Jobspec;

namespace Nomadic.Core.Tests.Validation;

/// <summary>Decodes HCL, canonicalizes, validates, and places each error at the source range of its field (as <c>nomadic job validate</c> does).</summary>
internal static class PositionedValidation
{
    /// <summary>Each error as <c>line,column: path: message</c>.</summary>
    public static IReadOnlyList<string> Errors(string hcl, JobCanonicalizerOptions? options = null)
    {
        var result = Nomadic.Core.Jobspec.Jobspec.Load(new JobspecParseOptions { Path = "input.hcl", Source = Encoding.UTF8.GetBytes(hcl) });
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var job = JobCanonicalizer.Canonicalize(result.Job!, options);
        return [.. JobValidator.Validate(job).Select(e => $"{Position(result.SourceMap, e.Path)}: {e}")];
    }

    /// <summary>The single error whose message contains <paramref name="text"/>.</summary>
    public static string Single(string hcl, string text) =>
        Assert.Single(Errors(hcl), e => e.Contains(text, StringComparison.Ordinal));

    /// <summary>The <c>line,column</c> (1-based) where the <paramref name="occurrence"/>-th <paramref name="snippet"/> starts in <paramref name="hcl"/>.</summary>
    public static string At(string hcl, string snippet, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = hcl.IndexOf(snippet, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"\"{snippet}\" occurs fewer than {occurrence} times");
        }

        var line = hcl[..index].Count(c => c == '\n') + 1;
        var column = index - (hcl.LastIndexOf('\n', Math.Max(index - 1, 0)) + 1) + 1;
        return $"{line},{column}";
    }

    private static string Position(SourceMap map, string path) =>
        map.Find(path) is { } range ? $"{range.Start.Line},{range.Start.Column}" : "?";
}

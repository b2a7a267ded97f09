using System.Text.RegularExpressions;

namespace Nomadic.Core.Jobs.Validation;

/// <summary>
/// Checks the syntax of the right-hand side of <c>version</c> and <c>semver</c> constraints: a comma-separated
/// list of <c>[operator] version</c> terms, operators <c>= != &gt; &lt; &gt;= &lt;= ~&gt;</c>. <c>version</c> accepts
/// loose versions (any number of numeric parts, optional leading <c>v</c>); <c>semver</c> requires 1–3 numeric parts
/// without a leading <c>v</c>, as Nomad's semver helper does.
/// </summary>
internal static partial class VersionConstraintSyntax
{
    public static string? Check(string text, bool semver)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "no constraint given";
        }

        foreach (var term in text.Split(','))
        {
            var match = (semver ? SemverTerm() : VersionTerm()).Match(term);
            if (!match.Success)
            {
                return $"Malformed constraint: {term}";
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\s*(=|!=|>=|<=|>|<|~>)?\s*v?[0-9]+(\.[0-9]+)*(-[0-9A-Za-z\-~]+(\.[0-9A-Za-z\-~]+)*|[A-Za-z\-~]+[0-9A-Za-z\-~]*(\.[0-9A-Za-z\-~]+)*)?(\+[0-9A-Za-z\-~]+(\.[0-9A-Za-z\-~]+)*)?\s*\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex VersionTerm();

    [GeneratedRegex(@"^\s*(=|!=|>=|<=|>|<|~>)?\s*[0-9]+(\.[0-9]+){0,2}(-[0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*)?(\+[0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*)?\s*\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SemverTerm();
}

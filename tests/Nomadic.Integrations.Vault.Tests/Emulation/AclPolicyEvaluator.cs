using System.Text.RegularExpressions;

namespace Nomadic.Integrations.Vault.Tests.Emulation;

/// <summary>
/// Vault ACL policies as the API docs describe them: <c>path "..." { capabilities = [...] }</c>, a trailing <c>*</c> as a prefix
/// match, and templated paths (<c>{{identity.entity.aliases.ACCESSOR.metadata.KEY}}</c>) filled from the token's identity; a
/// path whose template cannot be filled is ignored, as Vault does.
/// </summary>
internal static partial class AclPolicyEvaluator
{
    public static bool Allows(IEnumerable<string> policyTexts, VaultTokenEntry token, string path, string capability)
    {
        foreach (var text in policyTexts)
        {
            foreach (Match rule in PathRule().Matches(text))
            {
                if (Render(rule.Groups["path"].Value, token) is not { } pattern)
                {
                    continue;
                }

                var capabilities = rule.Groups["caps"].Value.Split(',').Select(c => c.Trim().Trim('"')).ToArray();
                if (capabilities.Contains(capability) && Matches(pattern, path))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string? Render(string pattern, VaultTokenEntry token)
    {
        var failed = false;
        var rendered = Template().Replace(pattern, m =>
        {
            if (m.Groups["acc"].Value == token.MountAccessor && token.AliasMetadata.TryGetValue(m.Groups["key"].Value, out var value))
            {
                return value;
            }

            failed = true;
            return "";
        });
        return failed || rendered.Contains("{{", StringComparison.Ordinal) ? null : rendered;
    }

    private static bool Matches(string pattern, string path) =>
        pattern.EndsWith('*') ? path.StartsWith(pattern[..^1], StringComparison.Ordinal) : pattern == path;

    [GeneratedRegex("""path\s+"(?<path>[^"]+)"\s*\{\s*capabilities\s*=\s*\[(?<caps>[^\]]*)\]\s*\}""")]
    private static partial Regex PathRule();

    [GeneratedRegex(@"\{\{identity\.entity\.aliases\.(?<acc>[^.}]+)\.metadata\.(?<key>[^}]+)\}\}")]
    private static partial Regex Template();
}

using System.Text.RegularExpressions;

namespace Nomadic.Integrations.Consul.Tests.Emulation;

/// <summary>
/// Consul ACL rules from its docs, for the resources the tests touch: <c>key</c>/<c>key_prefix</c> and
/// <c>service</c>/<c>service_prefix</c> with <c>policy = "deny"|"read"|"write"</c>. An exact rule beats a prefix rule, the
/// longest prefix wins, and with no rule the default policy is deny.
/// </summary>
internal static partial class ConsulAclRules
{
    public enum Access
    {
        Deny,
        Read,
        Write,
    }

    [GeneratedRegex("""(key|key_prefix|service|service_prefix)\s+"([^"]*)"\s*\{\s*policy\s*=\s*"(deny|read|write|list)"\s*\}""")]
    private static partial Regex Rule();

    /// <summary>The access <paramref name="rules"/> (several policies' texts) grant to <paramref name="resource"/> (<c>key</c> or <c>service</c>) <paramref name="name"/>.</summary>
    public static Access Evaluate(IEnumerable<string> rules, string resource, string name)
    {
        Access? exact = null;
        (int Length, Access Access)? prefix = null;
        foreach (Match m in rules.SelectMany(r => Rule().Matches(r)))
        {
            var access = m.Groups[3].Value switch { "write" => Access.Write, "deny" => Access.Deny, _ => Access.Read };
            var segment = m.Groups[2].Value;
            if (m.Groups[1].Value == resource && segment == name)
            {
                exact = exact is { } e ? Min(e, access) : access;
            }
            else if (m.Groups[1].Value == resource + "_prefix" && name.StartsWith(segment, StringComparison.Ordinal) && (prefix is null || segment.Length >= prefix.Value.Length))
            {
                prefix = prefix is { } p && p.Length == segment.Length ? (segment.Length, Min(p.Access, access)) : (segment.Length, access);
            }
        }

        return exact ?? prefix?.Access ?? Access.Deny;
    }

    private static Access Min(Access a, Access b) => a == Access.Deny || b == Access.Deny ? Access.Deny : (Access)Math.Max((int)a, (int)b);
}

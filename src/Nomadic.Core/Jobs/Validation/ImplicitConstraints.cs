namespace Nomadic.Core.Jobs.Validation;

/// <summary>
/// The constraints Nomad's job endpoint hooks add to groups: a Vault version for tasks with a <c>vault</c>
/// block and a Nomad client version for groups with workload identities beyond the default. Added once, so
/// canonicalization stays idempotent.
/// </summary>
internal static class ImplicitConstraints
{
    public static void Apply(TaskGroup group, JobCanonicalizerOptions options)
    {
        if (!options.AddImplicitConstraints)
        {
            return;
        }

        foreach (var task in group.Tasks ?? [])
        {
            if (task?.Vault is { } vault)
            {
                var left = vault.Cluster is "" or JobDefaults.Cluster ? "${attr.vault.version}" : $"${{attr.vault.{vault.Cluster}.version}}";
                var right = vault.Cluster is "" or JobDefaults.Cluster ? ">= 0.6.1" : ">= 1.11.0";
                AddUnlessLeftMatches(group, new Constraint { LTarget = left, RTarget = right, Operand = "semver" });
            }
        }

        var hasIdentity = (group.Services ?? []).Any(s => s?.Identity is not null)
            || (group.Tasks ?? []).Any(t => t is not null && ((t.Identities?.Count ?? 0) > 0 || (t.Services ?? []).Any(s => s?.Identity is not null)));
        if (hasIdentity)
        {
            var constraint = new Constraint { LTarget = "${attr.nomad.version}", RTarget = ">= 1.7.0-a", Operand = "semver" };
            if (!(group.Constraints ?? []).Any(c => c is not null && c.LTarget == constraint.LTarget && c.RTarget == constraint.RTarget && c.Operand == constraint.Operand))
            {
                (group.Constraints ??= []).Add(constraint);
            }
        }
    }

    private static void AddUnlessLeftMatches(TaskGroup group, Constraint constraint)
    {
        if (!(group.Constraints ?? []).Any(c => c?.LTarget == constraint.LTarget))
        {
            (group.Constraints ??= []).Add(constraint);
        }
    }
}

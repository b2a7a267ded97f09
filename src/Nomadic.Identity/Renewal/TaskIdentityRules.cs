namespace Nomadic.Identity;

/// <summary>Checks a task's identity blocks with Nomad 1.7's rules before any token is minted, and canonicalizes them.</summary>
internal static class TaskIdentityRules
{
    public static TaskIdentity[] Canonicalize(IReadOnlyList<TaskIdentity> identities, string? secretsDirectory)
    {
        ArgumentNullException.ThrowIfNull(identities);
        var result = new TaskIdentity[identities.Count];
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < identities.Count; i++)
        {
            var identity = identities[i] ?? throw new ArgumentException("An identity block is null.", nameof(identities));
            if (!names.Add(identity.Name))
            {
                throw new ArgumentException($"Identity '{identity.Name}' is declared twice.", nameof(identities));
            }

            if (identity.Ttl is { } ttl && ttl < TimeSpan.Zero)
            {
                throw new ArgumentException($"Identity '{identity.Name}' has a negative ttl.", nameof(identities));
            }

            if (identity.Renews && identity.Name == WorkloadIdentityRequest.DefaultIdentityName)
            {
                throw new ArgumentException("ttl for default identity not yet supported (Nomad 1.7).", nameof(identities));
            }

            var hasSignal = !string.IsNullOrWhiteSpace(identity.ChangeSignal);
            if (identity.ChangeMode == IdentityChangeMode.Signal && !hasSignal)
            {
                throw new ArgumentException($"Identity '{identity.Name}' has change_mode \"signal\" but no change_signal.", nameof(identities));
            }

            if (identity.ChangeMode != IdentityChangeMode.Signal && hasSignal)
            {
                throw new ArgumentException($"Identity '{identity.Name}' has a change_signal but change_mode is not \"signal\".", nameof(identities));
            }

            if (identity.File && string.IsNullOrEmpty(secretsDirectory))
            {
                throw new ArgumentException($"Identity '{identity.Name}' has file = true but no secrets directory was given.", nameof(secretsDirectory));
            }

            result[i] = hasSignal ? identity with { ChangeSignal = identity.ChangeSignal!.Trim().ToUpperInvariant() } : identity;
        }

        return result;
    }
}

using System.Text.RegularExpressions;

namespace Nomadic.Core.Jobs.Validation;

/// <summary>Workload identity, action and Vault rules (<c>WorkloadIdentity.Validate</c>, <c>Action.Validate</c>, <c>Vault.Validate</c>, the job endpoint's Vault identity check).</summary>
internal static partial class IdentityRules
{
    public static void Validate(JobTask task, string path, ValidationSink sink)
    {
        if (task.Identity is { } identity)
        {
            ValidateIdentity(identity, ValidationSink.Join(path, "Identity"), sink);
        }

        var identities = task.Identities ?? [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < identities.Count; i++)
        {
            var itemPath = ValidationSink.Index(path, "Identities", i);
            if (identities[i] is not { } other)
            {
                sink.Add(itemPath, "Identity is null: remove it.");
                continue;
            }

            if (other.Name == JobDefaults.IdentityName)
            {
                sink.Add(ValidationSink.Join(itemPath, "Name"), "Duplicate default identities found: a task has one default identity; name the others.");
            }
            else if (!seen.Add(other.Name ?? ""))
            {
                sink.Add(ValidationSink.Join(itemPath, "Name"), $"Identity \"{other.Name}\" is defined more than once: identity names must be unique in a task.");
            }

            ValidateIdentity(other, itemPath, sink);
        }

        ValidateActions(task, path, sink);
        ValidateVault(task, path, sink);
    }

    public static void ValidateIdentity(WorkloadIdentity identity, string path, ValidationSink sink)
    {
        var name = identity.Name ?? "";
        if (!IdentityName().IsMatch(name))
        {
            sink.Add(ValidationSink.Join(path, "Name"), $"Identity \"{name}\" is invalid: invalid name \"{name}\". Must match regex ^[a-zA-Z0-9-_]{{1,128}}$.");
        }

        var audience = identity.Audience ?? [];
        for (var i = 0; i < audience.Count; i++)
        {
            if (string.IsNullOrEmpty(audience[i]))
            {
                sink.Add(ValidationSink.Index(path, "Audience", i), $"Identity \"{name}\" is invalid: an empty string is an invalid audience ({i + 1}).");
            }
        }

        var signal = identity.ChangeSignal ?? "";
        switch (identity.ChangeMode ?? "")
        {
            case "" or "noop" or "restart":
                if (signal.Length > 0)
                {
                    sink.Add(ValidationSink.Join(path, "ChangeSignal"), $"Identity \"{name}\" is invalid: can only use change_signal=\"{signal}\" with change_mode=\"signal\".");
                }

                break;
            case "signal":
                if (signal.Length == 0)
                {
                    sink.Add(ValidationSink.Join(path, "ChangeSignal"), $"Identity \"{name}\" is invalid: change_signal must be specified when using change_mode=\"signal\".");
                }

                break;
            default:
                sink.Add(ValidationSink.Join(path, "ChangeMode"), $"Identity \"{name}\" is invalid: invalid change_mode: {identity.ChangeMode}; use noop, restart or signal.");
                break;
        }

        if (identity.TTL > TimeSpan.Zero && name is "" or "default")
        {
            sink.Add(ValidationSink.Join(path, "TTL"), $"Identity \"{name}\" is invalid: ttl for default identity not yet supported; remove ttl or name the identity.");
        }

        if (identity.TTL < TimeSpan.Zero)
        {
            sink.Add(ValidationSink.Join(path, "TTL"), $"Identity \"{name}\" is invalid: ttl must be >= 0.");
        }
    }

    private static void ValidateActions(JobTask task, string path, ValidationSink sink)
    {
        var actions = task.Actions ?? [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < actions.Count; i++)
        {
            var actionPath = ValidationSink.Index(path, "Actions", i);
            if (actions[i] is not { } action)
            {
                sink.Add(actionPath, "Action is null: remove it.");
                continue;
            }

            var name = action.Name ?? "";
            if (string.IsNullOrEmpty(action.Command))
            {
                sink.Add(ValidationSink.Join(actionPath, "Command"), $"Action {name} validation failed: command cannot be empty.");
            }

            if (!ActionName().IsMatch(name))
            {
                sink.Add(ValidationSink.Join(actionPath, "Name"), $"Action {name} validation failed: invalid name '{name}'; use 1 to 128 letters, digits or dashes.");
            }

            if (!seen.Add(name) && reported.Add(name))
            {
                sink.Add(ValidationSink.Join(actionPath, "Name"), $"Action {name} defined multiple times: action names must be unique in a task.");
            }
        }
    }

    private static void ValidateVault(JobTask task, string path, ValidationSink sink)
    {
        if (task.Vault is not { } vault)
        {
            return;
        }

        var vaultPath = ValidationSink.Join(path, "Vault");
        var policies = vault.Policies ?? [];
        for (var i = 0; i < policies.Count; i++)
        {
            if (policies[i] == "root")
            {
                sink.Add(ValidationSink.Index(vaultPath, "Policies", i), "Vault validation failed: Can not specify \"root\" policy.");
            }
        }

        switch (vault.ChangeMode ?? "")
        {
            case "signal":
                if (string.IsNullOrEmpty(vault.ChangeSignal))
                {
                    sink.Add(ValidationSink.Join(vaultPath, "ChangeSignal"), "Vault validation failed: Signal must be specified when using change mode \"signal\".");
                }

                break;
            case "noop" or "restart":
                break;
            default:
                sink.Add(ValidationSink.Join(vaultPath, "ChangeMode"), $"Vault validation failed: Unknown change mode \"{vault.ChangeMode}\"; use noop, restart or signal.");
                break;
        }

        var cluster = string.IsNullOrEmpty(vault.Cluster) ? JobDefaults.Cluster : vault.Cluster;
        var identityName = "vault_" + cluster;
        var hasIdentity = (task.Identities ?? []).Any(i => i?.Name == identityName);
        if (!hasIdentity && cluster != JobDefaults.Cluster)
        {
            sink.Add(ValidationSink.Join(vaultPath, "Cluster"), $"Task {task.Name} uses Vault cluster {cluster} but does not have an identity named {identityName} and no default identity is provided in agent configuration: add identity \"{identityName}\".");
        }
    }

    [GeneratedRegex("^[a-zA-Z0-9-_]{1,128}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdentityName();

    [GeneratedRegex("^[a-zA-Z0-9-]{1,128}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex ActionName();
}

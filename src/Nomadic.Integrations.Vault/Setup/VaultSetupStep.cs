using Nomadic.Integrations.Http;

namespace Nomadic.Integrations.Vault;

/// <summary>What a setup or destroy step found or did.</summary>
public enum VaultSetupStepStatus
{
    /// <summary>The step created the component.</summary>
    Created,

    /// <summary>The component already existed; nothing was written.</summary>
    AlreadyPresent,

    /// <summary>The step removed the component.</summary>
    Deleted,

    /// <summary>There was nothing to remove.</summary>
    Absent,

    /// <summary>Planned: the component is missing and <see cref="VaultSetup.ApplyAsync"/> would create it.</summary>
    Missing,

    /// <summary>The component exists but setup did not create it (a namespace without <c>created-by = nomad-setup</c>), so it was kept.</summary>
    Kept,
}

/// <summary>One component of <see cref="VaultSetup"/>: the namespace, the JWT auth method, the policy or the role.</summary>
/// <param name="Component"><c>namespace</c>, <c>auth method</c>, <c>policy</c> or <c>role</c>.</param>
/// <param name="Name">Its name.</param>
/// <param name="Status">What happened.</param>
public sealed record VaultSetupStep(string Component, string Name, VaultSetupStepStatus Status)
{
    /// <summary>A line like <c>nomad setup vault</c> prints, e.g. <c>[✔] Created policy "nomad-workloads".</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => SetupStepText.Describe(Component, Name, Status.ToString());
}

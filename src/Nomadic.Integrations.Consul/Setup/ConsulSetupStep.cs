using Nomadic.Integrations.Http;

namespace Nomadic.Integrations.Consul;

/// <summary>What a setup or destroy step found or did.</summary>
public enum ConsulSetupStepStatus
{
    /// <summary>The step created the component.</summary>
    Created,

    /// <summary>The component already existed; nothing was written.</summary>
    AlreadyPresent,

    /// <summary>The step removed the component.</summary>
    Deleted,

    /// <summary>There was nothing to remove.</summary>
    Absent,

    /// <summary>Planned: the component is missing and <see cref="ConsulSetup.ApplyAsync"/> would create it.</summary>
    Missing,

    /// <summary>The component exists but setup did not create it (a namespace without <c>created-by = nomad-setup</c>), so it was kept.</summary>
    Kept,
}

/// <summary>One component of <see cref="ConsulSetup"/>: the namespace, the auth method, a binding rule, the policy or the role.</summary>
/// <param name="Component"><c>namespace</c>, <c>auth method</c>, <c>binding rule for services</c>, <c>binding rule for tasks</c>, <c>policy</c> or <c>role</c>.</param>
/// <param name="Name">Its name (a binding rule: its bind name; a deleted one: its ID).</param>
/// <param name="Status">What happened.</param>
public sealed record ConsulSetupStep(string Component, string Name, ConsulSetupStepStatus Status)
{
    /// <summary>A line like <c>nomad setup consul</c> prints, e.g. <c>[✔] Created policy "policy-nomad-tasks".</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => SetupStepText.Describe(Component, Name, Status.ToString());
}

/// <summary>The outcome of <see cref="ConsulSetup.PlanAsync"/>, <see cref="ConsulSetup.ApplyAsync"/> or <see cref="ConsulSetup.DestroyAsync"/>.</summary>
/// <param name="Enterprise">Whether Consul Enterprise was detected.</param>
/// <param name="Namespace">The Consul namespace policies and roles were written in; <see langword="null"/> on Consul CE.</param>
/// <param name="Steps">Each component and what happened to it, in order.</param>
/// <param name="ClientConfiguration">The Nomad client agent's <c>consul</c> block to use.</param>
/// <param name="ServerConfiguration">The Nomad server agent's <c>consul</c> block to use.</param>
public sealed record ConsulSetupResult(bool Enterprise, string? Namespace, IReadOnlyList<ConsulSetupStep> Steps, string ClientConfiguration, string ServerConfiguration);

namespace Nomadic.Integrations.Vault;

/// <summary>The outcome of <see cref="VaultSetup.ApplyAsync"/> or <see cref="VaultSetup.DestroyAsync"/>.</summary>
/// <param name="Enterprise">Whether Vault Enterprise was detected.</param>
/// <param name="Namespace">The Vault namespace everything was written in; <see langword="null"/> for the root namespace.</param>
/// <param name="Steps">Each component and what happened to it, in order.</param>
/// <param name="ClientConfiguration">The Nomad client agent's <c>vault</c> block to use.</param>
/// <param name="ServerConfiguration">The Nomad server agent's <c>vault</c> block to use.</param>
public sealed record VaultSetupResult(bool Enterprise, string? Namespace, IReadOnlyList<VaultSetupStep> Steps, string ClientConfiguration, string ServerConfiguration);

namespace Nomadic.Integrations.Vault;

/// <summary>The <see cref="VaultNamespaceRule"/> of each Nomad namespace; a namespace without one may use any registered cluster and defaults to <c>default</c>.</summary>
public sealed class VaultNamespaceRulesOptions
{
    /// <summary>Rules by Nomad namespace name; default empty.</summary>
    public IDictionary<string, VaultNamespaceRule> Namespaces { get; } = new Dictionary<string, VaultNamespaceRule>(StringComparer.Ordinal);
}

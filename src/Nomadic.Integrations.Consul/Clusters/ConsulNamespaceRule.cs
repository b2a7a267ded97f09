namespace Nomadic.Integrations.Consul;

/// <summary>
/// The <c>consul { default, allowed | denied }</c> block of a Nomad namespace specification: which Consul clusters a job in that
/// namespace may use. Globs with <c>*</c> are supported; <see cref="Allowed"/> and <see cref="Denied"/> are exclusive.
/// </summary>
public sealed class ConsulNamespaceRule
{
    /// <summary>The cluster of a job whose <c>consul</c> block names none; default <c>default</c>. Always allowed.</summary>
    public string Default { get; set; } = ConsulClientOptions.DefaultClusterName;

    /// <summary>Cluster globs that may be used; <see langword="null"/> for no allow-list; an empty list allows only <see cref="Default"/>.</summary>
    public IList<string>? Allowed { get; set; }

    /// <summary>Cluster globs that may not be used; default <see langword="null"/>.</summary>
    public IList<string>? Denied { get; set; }
}

/// <summary>The <see cref="ConsulNamespaceRule"/> of each Nomad namespace; a namespace without one may use any registered cluster and defaults to <c>default</c>.</summary>
public sealed class ConsulNamespaceRulesOptions
{
    /// <summary>Rules by Nomad namespace name; default empty.</summary>
    public IDictionary<string, ConsulNamespaceRule> Namespaces { get; } = new Dictionary<string, ConsulNamespaceRule>(StringComparer.Ordinal);
}

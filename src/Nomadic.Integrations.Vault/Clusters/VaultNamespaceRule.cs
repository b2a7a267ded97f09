namespace Nomadic.Integrations.Vault;

/// <summary>
/// The <c>vault { default, allowed | denied }</c> block of a Nomad namespace specification: which clusters a job in that
/// namespace may use. Globs with <c>*</c> are supported; <see cref="Allowed"/> and <see cref="Denied"/> are exclusive.
/// </summary>
public sealed class VaultNamespaceRule
{
    /// <summary>The cluster of a job whose <c>vault</c> block names none; default <c>default</c>. Always allowed.</summary>
    public string Default { get; set; } = VaultClientOptions.DefaultClusterName;

    /// <summary>Cluster globs that may be used; <see langword="null"/> for no allow-list; an empty list allows only <see cref="Default"/>.</summary>
    public IList<string>? Allowed { get; set; }

    /// <summary>Cluster globs that may not be used; default <see langword="null"/>.</summary>
    public IList<string>? Denied { get; set; }
}

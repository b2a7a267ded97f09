namespace Nomadic.Locks;

/// <summary>A variable's identity inside a store: its namespace and normalized path.</summary>
internal readonly record struct VariableKey(string Namespace, string Path)
{
    public bool Matches(string @namespace, string prefix) =>
        (@namespace == VariableRules.AllNamespaces || Namespace == @namespace)
        && Path.StartsWith(prefix, StringComparison.Ordinal);
}

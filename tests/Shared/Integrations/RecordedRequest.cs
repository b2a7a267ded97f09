namespace Nomadic.Integrations.Testing;

/// <summary>One request an emulation received: the method (Vault: <c>LIST</c> for <c>GET ?list=true</c>), the path with <c>/v1/</c> (Consul: and its query), the namespace and the body text.</summary>
internal sealed record RecordedRequest(string Method, string Path, string? Namespace, string Body, bool HadToken)
{
    public override string ToString() => $"{Method} {Path}";
}

namespace Nomadic.Integrations.Vault.Tests.Emulation;

/// <summary>One request the emulation received: <c>LIST</c> for <c>GET ?list=true</c>, the path with <c>/v1/</c>, the namespace header and the body text.</summary>
internal sealed record RecordedRequest(string Method, string Path, string? Namespace, string Body, bool HadToken)
{
    public override string ToString() => $"{Method} {Path}";
}

namespace Nomadic.Integrations.Consul;

/// <summary>One key of Consul's KV store, its value decoded from base64.</summary>
/// <param name="Key">The key.</param>
/// <param name="Value">The value bytes.</param>
/// <param name="ModifyIndex">The index of the last write, for check-and-set.</param>
/// <param name="Flags">The opaque flags.</param>
public sealed record ConsulKvPair(string Key, ReadOnlyMemory<byte> Value, ulong ModifyIndex, ulong Flags)
{
    /// <summary>The value as UTF-8 text.</summary>
    public string ValueText => System.Text.Encoding.UTF8.GetString(Value.Span);
}

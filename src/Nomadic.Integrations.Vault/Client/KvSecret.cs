using System.Text.Json;

namespace Nomadic.Integrations.Vault;

/// <summary>A KV v2 secret version: <c>data.data</c> and <c>data.metadata</c> of <c>GET secret/data/:path</c>.</summary>
/// <param name="Data">The key/value pairs.</param>
/// <param name="Version">The version number.</param>
/// <param name="CreatedTime">When the version was written, as Vault wrote it.</param>
public sealed record KvSecret(IReadOnlyDictionary<string, JsonElement> Data, int Version, string? CreatedTime);

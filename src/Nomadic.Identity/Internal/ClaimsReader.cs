using System.Text.Json;

namespace Nomadic.Identity.Internal;

/// <summary>Reads a verified payload into <see cref="WorkloadIdentityClaims"/>; <see langword="null"/> when a claim has the wrong type.</summary>
internal static class ClaimsReader
{
    public static WorkloadIdentityClaims? TryRead(ReadOnlyMemory<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            return new WorkloadIdentityClaims(
                Text(root, IdentityClaimNames.Namespace) ?? string.Empty,
                Text(root, IdentityClaimNames.JobId) ?? string.Empty,
                Text(root, IdentityClaimNames.AllocationId) ?? string.Empty,
                Text(root, IdentityClaimNames.Task),
                Text(root, IdentityClaimNames.Service),
                Text(root, IdentityClaimNames.ConsulNamespace),
                Text(root, IdentityClaimNames.VaultNamespace),
                Text(root, IdentityClaimNames.VaultRole),
                Text(root, "iss"),
                Text(root, "sub") ?? string.Empty,
                Audience(root),
                Time(root, "exp"),
                Time(root, "nbf"),
                Time(root, "iat"),
                Text(root, "jti"));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or ArgumentOutOfRangeException or OverflowException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static DateTimeOffset? Time(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? DateTimeOffset.FromUnixTimeSeconds((long)value.GetDouble()) : null;

    private static IReadOnlyList<string> Audience(JsonElement root)
    {
        if (!root.TryGetProperty("aud", out var value))
        {
            return [];
        }

        return value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Select(a => a.GetString() ?? throw new FormatException("aud elements are strings."))]
            : [value.GetString() ?? throw new FormatException("aud is a string or an array of strings.")];
    }
}

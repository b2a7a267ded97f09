using System.Text.Json;
using Nomadic.Cli.Commands;
using Nomadic.Identity;

namespace Nomadic.Cli.Agent;

/// <summary>
/// The body of <c>POST /v1/nomadic/identity/mint</c> (a Nomadic extension; Nomad has no such endpoint):
/// <c>{"Region","Namespace","JobID","Group","Task","AllocID","Name","Audience":[...],"TTL":"1h"}</c>.
/// </summary>
internal static class MintRequestJson
{
    public static void Write(Utf8JsonWriter writer, WorkloadIdentityRequest request, string ttl)
    {
        writer.WriteStartObject();
        writer.WriteString("Region", request.Region);
        writer.WriteString("Namespace", request.Namespace);
        writer.WriteString("JobID", request.JobId);
        writer.WriteString("Group", request.Group);
        writer.WriteString("Task", request.Task);
        writer.WriteString("AllocID", request.AllocationId);
        writer.WriteString("Name", request.IdentityName);
        writer.WriteStartArray("Audience");
        foreach (var audience in request.Audience)
        {
            writer.WriteStringValue(audience);
        }

        writer.WriteEndArray();
        writer.WriteString("TTL", ttl);
        writer.WriteEndObject();
    }

    /// <exception cref="CliException">The body is not the expected JSON.</exception>
    public static WorkloadIdentityRequest Read(JsonElement root, out TimeSpan? ttl)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new CliException("the body must be a JSON object");
        }

        string? Text(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        string Required(string name) => Text(name) is { Length: > 0 } text ? text : throw new CliException($"{name} is required");

        var ttlText = Text("TTL") ?? "1h";
        if (!GoDuration.TryParse(ttlText, out var parsed) || parsed < TimeSpan.Zero)
        {
            throw new CliException($"TTL '{ttlText}' is not a duration such as 1h");
        }

        ttl = parsed == TimeSpan.Zero ? null : parsed;
        var audience = root.TryGetProperty("Audience", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(a => a.GetString() ?? string.Empty).ToArray()
            : [];
        return new WorkloadIdentityRequest
        {
            Region = Text("Region") ?? "global",
            Namespace = Text("Namespace") ?? "default",
            JobId = Required("JobID"),
            Group = Required("Group"),
            Task = Required("Task"),
            AllocationId = Text("AllocID") is { Length: > 0 } alloc ? alloc : Guid.NewGuid().ToString("D"),
            IdentityName = Text("Name") ?? WorkloadIdentityRequest.DefaultIdentityName,
            Audience = audience,
            Ttl = ttl,
        };
    }
}

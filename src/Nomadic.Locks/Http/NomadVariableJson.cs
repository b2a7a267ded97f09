using System.Globalization;
using System.Text.Json;

namespace Nomadic.Locks.Http;

/// <summary>
/// Nomad's variable JSON (<c>nomad/structs/variables.go</c>), written and read by hand so that the field names, the
/// Unix-nanosecond times and the Go duration strings of <c>Lock</c> match Nomad exactly, without reflection.
/// </summary>
internal static class NomadVariableJson
{
    private static readonly DateTimeOffset UnixEpoch = DateTimeOffset.UnixEpoch;

    public static long ToUnixNanoseconds(DateTimeOffset time) => (time.UtcTicks - UnixEpoch.UtcTicks) * 100;

    public static DateTimeOffset FromUnixNanoseconds(long nanoseconds) => UnixEpoch.AddTicks(nanoseconds / 100);

    /// <summary>Writes a full variable: <c>Namespace, Path, Lock, CreateIndex, CreateTime, ModifyIndex, ModifyTime, Items</c>.</summary>
    public static void WriteVariable(Utf8JsonWriter writer, Variable variable)
    {
        writer.WriteStartObject();
        WriteMetadataFields(writer, variable.ToMetadata());
        writer.WriteStartObject("Items");
        foreach (var (key, value) in variable.Items)
        {
            writer.WriteString(key, value);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Writes a variable's metadata, as <c>GET /v1/vars</c> lists it.</summary>
    public static void WriteMetadata(Utf8JsonWriter writer, VariableMetadata metadata)
    {
        writer.WriteStartObject();
        WriteMetadataFields(writer, metadata);
        writer.WriteEndObject();
    }

    /// <summary>Writes the zero-value variable Nomad's 409 carries when there is no current variable to show.</summary>
    public static void WriteEmptyConflict(Utf8JsonWriter writer, string @namespace, string path)
    {
        writer.WriteStartObject();
        writer.WriteString("Namespace", @namespace);
        writer.WriteString("Path", path);
        writer.WriteNumber("CreateIndex", 0);
        writer.WriteNumber("CreateTime", 0);
        writer.WriteNumber("ModifyIndex", 0);
        writer.WriteNumber("ModifyTime", 0);
        writer.WriteNull("Items");
        writer.WriteEndObject();
    }

    /// <summary>Writes a request body: namespace, path, items when given, and the lock fields when given.</summary>
    public static void WriteBody(Utf8JsonWriter writer, NomadVariableBody body)
    {
        writer.WriteStartObject();
        if (body.Namespace is not null)
        {
            writer.WriteString("Namespace", body.Namespace);
        }

        if (body.Path is not null)
        {
            writer.WriteString("Path", body.Path);
        }

        if (body.Items is not null)
        {
            writer.WriteStartObject("Items");
            foreach (var (key, value) in body.Items)
            {
                writer.WriteString(key, value);
            }

            writer.WriteEndObject();
        }

        if (body.HasLock)
        {
            writer.WriteStartObject("Lock");
            if (body.LockId is not null)
            {
                writer.WriteString("ID", body.LockId);
            }

            if (body.LockTtl is { } ttl)
            {
                writer.WriteString("TTL", GoDuration.Format(ttl));
            }

            if (body.LockDelay is { } delay)
            {
                writer.WriteString("LockDelay", GoDuration.Format(delay));
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads a request body. Unknown fields are ignored, as Go's decoder does.</summary>
    /// <exception cref="InvalidVariableException">A field has the wrong type, or a duration cannot be parsed.</exception>
    public static NomadVariableBody ReadBody(JsonElement root)
    {
        RequireObject(root, "The request body");
        var body = new NomadVariableBody
        {
            Namespace = OptionalString(root, "Namespace"),
            Path = OptionalString(root, "Path"),
            Items = ReadItems(root),
        };
        if (!root.TryGetProperty("Lock", out var lockElement) || lockElement.ValueKind == JsonValueKind.Null)
        {
            return body;
        }

        RequireObject(lockElement, "Lock");
        return body with
        {
            HasLock = true,
            LockId = OptionalString(lockElement, "ID"),
            LockTtl = ReadOptionalDuration(lockElement, "TTL"),
            LockDelay = ReadOptionalDuration(lockElement, "LockDelay"),
        };
    }

    /// <summary>Reads a variable from a response; <see langword="null"/> for Nomad's zero-value conflict body.</summary>
    public static Variable? ReadVariable(JsonElement root)
    {
        RequireObject(root, "The variable");
        var metadata = ReadMetadata(root);
        if (metadata.CreateIndex == 0 && metadata.ModifyIndex == 0)
        {
            return null;
        }

        return new Variable
        {
            Namespace = metadata.Namespace,
            Path = metadata.Path,
            Items = ReadItems(root) ?? new Dictionary<string, string>(),
            CreateIndex = metadata.CreateIndex,
            ModifyIndex = metadata.ModifyIndex,
            CreateTime = metadata.CreateTime,
            ModifyTime = metadata.ModifyTime,
            Lock = metadata.Lock,
        };
    }

    /// <summary>Reads the array <c>GET /v1/vars</c> returns.</summary>
    public static List<VariableMetadata> ReadMetadataList(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (root.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidVariableException("The variable list is not a JSON array.");
        }

        return [.. root.EnumerateArray().Select(ReadMetadata)];
    }

    private static VariableMetadata ReadMetadata(JsonElement element)
    {
        RequireObject(element, "The variable metadata");
        VariableLock? variableLock = null;
        if (element.TryGetProperty("Lock", out var lockElement) && lockElement.ValueKind == JsonValueKind.Object)
        {
            variableLock = new VariableLock
            {
                Id = OptionalString(lockElement, "ID") ?? "",
                Ttl = ReadDuration(lockElement, "TTL"),
                LockDelay = ReadDuration(lockElement, "LockDelay"),
            };
        }

        return new VariableMetadata
        {
            Namespace = OptionalString(element, "Namespace") ?? "",
            Path = OptionalString(element, "Path") ?? "",
            CreateIndex = ReadUInt64(element, "CreateIndex"),
            ModifyIndex = ReadUInt64(element, "ModifyIndex"),
            CreateTime = FromUnixNanoseconds(ReadInt64(element, "CreateTime")),
            ModifyTime = FromUnixNanoseconds(ReadInt64(element, "ModifyTime")),
            Lock = variableLock,
        };
    }

    private static Dictionary<string, string>? ReadItems(JsonElement root)
    {
        if (!root.TryGetProperty("Items", out var items) || items.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        RequireObject(items, "Items");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items.EnumerateObject())
        {
            result[item.Name] = item.Value.ValueKind == JsonValueKind.String
                ? item.Value.GetString()!
                : throw new InvalidVariableException($"The value of item '{item.Name}' must be a string.");
        }

        return result;
    }

    private static TimeSpan ReadDuration(JsonElement element, string name) => ReadOptionalDuration(element, name) ?? TimeSpan.Zero;

    private static TimeSpan? ReadOptionalDuration(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var nanoseconds))
        {
            return TimeSpan.FromTicks(nanoseconds / 100);
        }

        if (value.ValueKind == JsonValueKind.String && GoDuration.TryParse(value.GetString(), out var duration))
        {
            return duration;
        }

        throw new InvalidVariableException(
            $"Lock.{name} must be a duration such as \"15s\" or a number of nanoseconds; got {value.GetRawText()}.");
    }

    private static string? OptionalString(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new InvalidVariableException($"{name} must be a string.");
    }

    private static ulong ReadUInt64(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetUInt64(out var number) ? number : 0;

    private static long ReadInt64(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : 0;

    private static void RequireObject(JsonElement element, string what)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidVariableException(
                string.Create(CultureInfo.InvariantCulture, $"{what} must be a JSON object, not {element.ValueKind}."));
        }
    }

    private static void WriteMetadataFields(Utf8JsonWriter writer, VariableMetadata metadata)
    {
        writer.WriteString("Namespace", metadata.Namespace);
        writer.WriteString("Path", metadata.Path);
        if (metadata.Lock is { } variableLock)
        {
            writer.WriteStartObject("Lock");
            writer.WriteString("ID", variableLock.Id);
            writer.WriteString("TTL", GoDuration.Format(variableLock.Ttl));
            writer.WriteString("LockDelay", GoDuration.Format(variableLock.LockDelay));
            writer.WriteEndObject();
        }

        writer.WriteNumber("CreateIndex", metadata.CreateIndex);
        writer.WriteNumber("CreateTime", ToUnixNanoseconds(metadata.CreateTime));
        writer.WriteNumber("ModifyIndex", metadata.ModifyIndex);
        writer.WriteNumber("ModifyTime", ToUnixNanoseconds(metadata.ModifyTime));
    }
}

using System.Text;
using System.Text.Json;
using Nomadic.Cli.Commands;
using Nomadic.Cli.Remote;
using Nomadic.Locks;

namespace Nomadic.Cli.Variables;

/// <summary>Prints variables as <c>nomad var</c> does: a <c>key = value</c> table with an Items section, or Nomad's API JSON.</summary>
internal static class VarOutput
{
    public static void CheckFormat(string format, params string[] allowed)
    {
        if (!allowed.Contains(format, StringComparer.Ordinal))
        {
            throw new CliException($"invalid value for -out: '{format}'; valid values are [{string.Join(", ", allowed)}]");
        }
    }

    public static string Table(Variable variable)
    {
        var meta = new List<string[]>
        {
            new[] { "Namespace", variable.Namespace },
            new[] { "Path", variable.Path },
            new[] { "Create Time", NomadTime.Format(variable.CreateTime) },
        };
        if (variable.CreateTime != variable.ModifyTime)
        {
            meta.Add(["Modify Time", NomadTime.Format(variable.ModifyTime)]);
        }

        meta.Add(["Check Index", variable.ModifyIndex.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        var items = variable.Items.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => new[] { i.Key, i.Value }).ToList();
        var text = new StringBuilder(Columns.KeyValue(meta)).AppendLine().AppendLine().AppendLine("Items");
        if (items.Count > 0)
        {
            text.Append(Columns.KeyValue(items));
        }

        return text.ToString().TrimEnd();
    }

    public static string Json(Variable variable) => Write(writer => WriteVariable(writer, variable));

    public static string Json(IReadOnlyList<VariableMetadata> list) => Write(writer =>
    {
        writer.WriteStartArray();
        foreach (var metadata in list)
        {
            writer.WriteStartObject();
            WriteMetadata(writer, metadata.Namespace, metadata.Path, metadata.CreateIndex, metadata.ModifyIndex, metadata.CreateTime, metadata.ModifyTime, metadata.Lock);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });

    private static void WriteVariable(Utf8JsonWriter writer, Variable variable)
    {
        writer.WriteStartObject();
        WriteMetadata(writer, variable.Namespace, variable.Path, variable.CreateIndex, variable.ModifyIndex, variable.CreateTime, variable.ModifyTime, variable.Lock);
        writer.WriteStartObject("Items");
        foreach (var (key, value) in variable.Items.OrderBy(i => i.Key, StringComparer.Ordinal))
        {
            writer.WriteString(key, value);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteMetadata(Utf8JsonWriter writer, string @namespace, string path, ulong createIndex, ulong modifyIndex, DateTimeOffset createTime, DateTimeOffset modifyTime, VariableLock? variableLock)
    {
        writer.WriteString("Namespace", @namespace);
        writer.WriteString("Path", path);
        writer.WriteNumber("CreateIndex", createIndex);
        writer.WriteNumber("ModifyIndex", modifyIndex);
        writer.WriteNumber("CreateTime", UnixNanoseconds(createTime));
        writer.WriteNumber("ModifyTime", UnixNanoseconds(modifyTime));
        if (variableLock is not null)
        {
            writer.WriteStartObject("Lock");
            writer.WriteString("TTL", GoDuration.Format(variableLock.Ttl));
            writer.WriteString("LockDelay", GoDuration.Format(variableLock.LockDelay));
            writer.WriteEndObject();
        }
    }

    private static long UnixNanoseconds(DateTimeOffset time) => (time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) * 100;

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using Nomadic.Topology.Cluster;

namespace Nomadic.Cli.Commands;

/// <summary>
/// Reads a <c>--nodes</c> file: a JSON array of Nomad node objects (<c>GET /v1/node/:id</c>), or an object
/// <c>{"Nodes": [...]}</c>. A bad file is one <see cref="CliException"/> naming <c>file:line:column</c>.
/// </summary>
internal static class NodesFile
{
    public static IReadOnlyList<ClusterNode> Read(string path, byte[] bytes)
    {
        var json = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? bytes[Encoding.UTF8.Preamble.Length..] : bytes;
        try
        {
            return ClusterNodeJson.ParseArray(Encoding.UTF8.GetString(UnwrapNodesProperty(json)));
        }
        catch (ClusterNodeJsonException ex)
        {
            throw new CliException(Describe(path, ex), ex);
        }
    }

    private static string Describe(string path, ClusterNodeJsonException ex)
    {
        if (ex.Line is not { } line || ex.Column is not { } column)
        {
            return $"{path}: {ex.Message}";
        }

        var message = ex.Message.Replace(string.Create(CultureInfo.InvariantCulture, $" (line {line}, column {column})"), string.Empty, StringComparison.Ordinal);
        return string.Create(CultureInfo.InvariantCulture, $"{path}:{line}:{column}: {message}");
    }

    /// <summary>
    /// For <c>{"Nodes": [...]}</c>, blanks every byte outside the array (keeping line breaks), so that the array
    /// parses alone and error positions still point into the original file. Anything else is returned as is.
    /// </summary>
    private static byte[] UnwrapNodesProperty(byte[] json)
    {
        if (FindNodesArray(json) is not var (start, end))
        {
            return json;
        }

        var blanked = new byte[json.Length];
        for (var i = 0; i < json.Length; i++)
        {
            var inside = i >= start && i < end;
            blanked[i] = inside || json[i] is (byte)'\n' or (byte)'\r' ? json[i] : (byte)' ';
        }

        return blanked;
    }

    private static (long Start, long End)? FindNodesArray(byte[] json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isNodes = reader.ValueTextEquals("Nodes"u8);
                reader.Read();
                if (isNodes && reader.TokenType == JsonTokenType.StartArray)
                {
                    var start = reader.TokenStartIndex;
                    reader.Skip();
                    return (start, reader.BytesConsumed);
                }

                reader.Skip();
            }
        }
        catch (JsonException ex)
        {
            var message = ex.Message;
            var suffix = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            throw new ClusterNodeJsonException(suffix >= 0 ? message[..suffix] : message, ex)
            {
                Line = ex.LineNumber + 1,
                Column = ex.BytePositionInLine + 1,
            };
        }

        return null;
    }
}

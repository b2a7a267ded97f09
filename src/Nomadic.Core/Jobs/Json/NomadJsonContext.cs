using System.Text.Json.Serialization;

namespace Nomadic.Core.Jobs.Json;

/// <summary>
/// Source-generated serialization of the job model as Nomad's API speaks it: Go field names, nils as
/// <see langword="null"/>, durations in nanoseconds, maps with sorted keys, four-space indentation like Go's
/// <c>json.MarshalIndent</c>. Property names match case-insensitively on read, as Go's <c>encoding/json</c> does.
/// </summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    IndentSize = 4,
    PropertyNameCaseInsensitive = true,
    RespectNullableAnnotations = true,
    MaxDepth = NomadJsonLimits.MaxDepth,
    Converters =
    [
        typeof(NomadDurationConverter),
        typeof(SchemalessMapConverter),
        typeof(SortedMapConverter<string>),
        typeof(SortedMapConverter<VolumeRequest>),
        typeof(SortedMapConverter<IList<string>>),
        typeof(SortedMapConverter<ConsulGatewayBindAddress>),
    ])]
[JsonSerializable(typeof(JobDocument))]
[JsonSerializable(typeof(Job))]
internal sealed partial class NomadJsonContext : JsonSerializerContext;

using System.Text.Json;
using System.Text.Json.Serialization;
using Google.Protobuf;

namespace Nomadic.Locks.Storage;

/// <summary>The JSON value of a variable's key: its items, times and the lock last taken on it.</summary>
internal sealed record StoredValue
{
    [JsonPropertyName("items")]
    public required SortedDictionary<string, string> Items { get; init; }

    [JsonPropertyName("createTime")]
    public long CreateTimeTicks { get; init; }

    [JsonPropertyName("modifyTime")]
    public long ModifyTimeTicks { get; init; }

    /// <summary>The lock taken on the variable; it is held only while its lock key (and so its lease) still exists.</summary>
    [JsonPropertyName("lock")]
    public StoredLock? Lock { get; init; }

    public ByteString ToByteString() => ByteString.CopyFrom(JsonSerializer.SerializeToUtf8Bytes(this, StoredValueJson.Default.StoredValue));

    public static StoredValue Parse(ByteString value) =>
        JsonSerializer.Deserialize(value.Span, StoredValueJson.Default.StoredValue)
        ?? throw new InvalidDataException("An etcd variable value is the JSON literal null.");

    public bool SameItems(IReadOnlyDictionary<string, string> items) =>
        Items.Count == items.Count && items.All(pair => Items.TryGetValue(pair.Key, out var value) && string.Equals(value, pair.Value, StringComparison.Ordinal));
}

/// <summary>A lock recorded in a variable's value: its ID, lease and timings.</summary>
internal sealed record StoredLock
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("lease")]
    public long LeaseId { get; init; }

    [JsonPropertyName("ttl")]
    public long TtlTicks { get; init; }

    [JsonPropertyName("delay")]
    public long DelayTicks { get; init; }

    public VariableLock ToVariableLock() => new() { Id = Id, Ttl = TimeSpan.FromTicks(TtlTicks), LockDelay = TimeSpan.FromTicks(DelayTicks) };
}

[JsonSerializable(typeof(StoredValue))]
internal sealed partial class StoredValueJson : JsonSerializerContext;

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nomadic.Core.Jobs.Json;

/// <summary>
/// Go's <c>time.Duration</c> on the wire: a whole number of nanoseconds. A <see cref="TimeSpan"/> counts 100 ns ticks, so
/// reading keeps whole ticks and drops a remainder below 100 ns (truncating towards zero).
/// </summary>
internal sealed class NomadDurationConverter : JsonConverter<TimeSpan>
{
    private const long NanosecondsPerTick = 100;

    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out var nanoseconds))
        {
            throw new JsonException("A duration must be a whole number of nanoseconds between -2^63 and 2^63-1, as Go's time.Duration.");
        }

        return TimeSpan.FromTicks(nanoseconds / NanosecondsPerTick);
    }

    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options)
    {
        long nanoseconds;
        try
        {
            nanoseconds = checked(value.Ticks * NanosecondsPerTick);
        }
        catch (OverflowException)
        {
            throw new JsonException($"The duration {value} is longer than Go's time.Duration holds (about 292 years).");
        }

        writer.WriteNumberValue(nanoseconds);
    }
}

using System.Text.Json;

namespace Nomadic.Hcl.Values;

/// <summary>
/// Converts between JSON and values the way cty's <c>json</c> package does for <c>jsondecode</c> and
/// <c>jsonencode</c>: objects become objects, arrays tuples, numbers exact.
/// </summary>
public static class HclJsonValues
{
    /// <summary>Converts a JSON element to a value with its implied type.</summary>
    /// <param name="element">The JSON element.</param>
    /// <returns>
    /// The value: objects become objects (property names NFC-normalized), arrays tuples, numbers exact numbers read
    /// from the raw text, strings strings, <c>true</c>/<c>false</c> bools and <c>null</c> <see cref="HclValue.NullDynamic"/>.
    /// </returns>
    /// <exception cref="HclValueException">A property is repeated, a number is outside the supported range, or the document is nested too deeply.</exception>
    public static HclValue FromJson(JsonElement element)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new HclValueException("the JSON document is nested too deeply");
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var attributes = new Dictionary<string, HclValue>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    var name = Text.Nfc.Normalize(property.Name);
                    if (!attributes.TryAdd(name, FromJson(property.Value)))
                    {
                        throw new HclValueException($"duplicate {Internal.GoText.Quote(name)} property in JSON object");
                    }
                }

                return HclValue.Object(attributes);
            case JsonValueKind.Array:
                var elements = new List<HclValue>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    elements.Add(FromJson(item));
                }

                return HclValue.Tuple(elements);
            case JsonValueKind.String:
                return HclValue.String(element.GetString()!);
            case JsonValueKind.Number:
                var raw = element.GetRawText();
                return HclNumber.TryParse(raw.AsSpan(), out var n)
                    ? HclValue.Number(n)
                    : throw new HclValueException($"The number {raw} is outside the range Nomadic supports.");
            case JsonValueKind.True:
                return HclValue.True;
            case JsonValueKind.False:
                return HclValue.False;
            default:
                return HclValue.NullDynamic;
        }
    }

    /// <summary>Parses JSON text into a value; see <see cref="FromJson(JsonElement)"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The text is not valid JSON.</exception>
    /// <exception cref="HclValueException">A number is outside the supported range.</exception>
    public static HclValue FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        return FromJson(document.RootElement);
    }

    /// <summary>
    /// Writes a value as JSON without type information (cty's simple JSON marshalling): lists, sets and tuples as
    /// arrays, maps and objects as objects, numbers as their exact decimal text, nulls as <c>null</c>.
    /// </summary>
    /// <param name="writer">The writer; its encoder decides how strings are escaped.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="HclValueException">The value is or contains an unknown value.</exception>
    public static void WriteJson(Utf8JsonWriter writer, HclValue value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (!value.IsKnown)
        {
            throw new HclValueException("value is not known");
        }

        if (value.IsNull)
        {
            writer.WriteNullValue();
            return;
        }

        switch (value.Type.Kind)
        {
            case HclTypeKind.String:
                writer.WriteStringValue(value.AsString());
                return;
            case HclTypeKind.Number:
                writer.WriteRawValue(value.AsNumber().ToString(), skipInputValidation: true);
                return;
            case HclTypeKind.Bool:
                writer.WriteBooleanValue(value.AsBool());
                return;
            case HclTypeKind.List or HclTypeKind.Set or HclTypeKind.Tuple:
                writer.WriteStartArray();
                foreach (var element in value.Elements)
                {
                    WriteJson(writer, element);
                }

                writer.WriteEndArray();
                return;
            default:
                writer.WriteStartObject();
                foreach (var (name, element) in value.Attributes)
                {
                    writer.WritePropertyName(name);
                    WriteJson(writer, element);
                }

                writer.WriteEndObject();
                return;
        }
    }

    /// <summary>Serializes a value to JSON text; see <see cref="WriteJson(Utf8JsonWriter, HclValue)"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The compact JSON text.</returns>
    /// <exception cref="HclValueException">The value is or contains an unknown value.</exception>
    public static string ToJsonString(HclValue value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            WriteJson(writer, value);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}

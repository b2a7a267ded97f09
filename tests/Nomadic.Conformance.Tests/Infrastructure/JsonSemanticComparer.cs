using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Nomadic.Conformance.Tests.Infrastructure;

/// <summary>
/// Compares two JSON documents by meaning, as <c>JSON.parse</c> would see them: object members in any order
/// (of duplicate keys the last one counts), arrays in order, numbers as IEEE doubles, strings ordinally.
/// </summary>
internal static partial class JsonSemanticComparer
{
    private const int DefaultMaxDifferences = 10;
    private const int MaxShownLength = 120;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 1024 };

    /// <summary>Compares two JSON texts.</summary>
    /// <param name="expectedJson">The expected document.</param>
    /// <param name="actualJson">The actual document.</param>
    /// <param name="maxDifferences">How many differences to report at most.</param>
    /// <returns>
    /// <see langword="null"/> when the documents are equal; else one line per difference (at most
    /// <paramref name="maxDifferences"/>), each with the JSON path and the expected and actual values.
    /// </returns>
    public static string? Compare(string expectedJson, string actualJson, int maxDifferences = DefaultMaxDifferences)
    {
        ArgumentNullException.ThrowIfNull(expectedJson);
        ArgumentNullException.ThrowIfNull(actualJson);

        using var expected = TryParse(expectedJson, out var expectedError);
        if (expected is null)
        {
            return $"$: the expected document is not valid JSON: {expectedError}";
        }

        using var actual = TryParse(actualJson, out var actualError);
        if (actual is null)
        {
            return $"$: the actual document is not valid JSON: {actualError}";
        }

        return Compare(expected.RootElement, actual.RootElement, maxDifferences);
    }

    /// <summary>Compares two JSON values.</summary>
    /// <param name="expected">The expected value.</param>
    /// <param name="actual">The actual value.</param>
    /// <param name="maxDifferences">How many differences to report at most.</param>
    /// <returns><see langword="null"/> when the values are equal; else the differences, one per line.</returns>
    public static string? Compare(JsonElement expected, JsonElement actual, int maxDifferences = DefaultMaxDifferences)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDifferences, 1);
        var differences = new List<string>();
        CompareValues(expected, actual, "$", differences, maxDifferences);
        return differences.Count == 0 ? null : string.Join(Environment.NewLine, differences);
    }

    private static JsonDocument? TryParse(string json, out string? error)
    {
        try
        {
            error = null;
            return JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            error = e.Message;
            return null;
        }
    }

    private static void CompareValues(JsonElement expected, JsonElement actual, string path, List<string> differences, int max)
    {
        if (differences.Count >= max)
        {
            return;
        }

        var expectedKind = Normalize(expected.ValueKind);
        var actualKind = Normalize(actual.ValueKind);
        if (expectedKind != actualKind)
        {
            differences.Add($"{path}: expected {Describe(expected)}, actual {Describe(actual)}");
            return;
        }

        switch (expectedKind)
        {
            case JsonValueKind.Object:
                CompareObjects(expected, actual, path, differences, max);
                break;
            case JsonValueKind.Array:
                CompareArrays(expected, actual, path, differences, max);
                break;
            case JsonValueKind.Number:
                if (ToDouble(expected) != ToDouble(actual))
                {
                    differences.Add($"{path}: expected {Describe(expected)}, actual {Describe(actual)}");
                }

                break;
            case JsonValueKind.String:
                if (!string.Equals(expected.GetString(), actual.GetString(), StringComparison.Ordinal))
                {
                    differences.Add($"{path}: expected {Describe(expected)}, actual {Describe(actual)}");
                }

                break;
            case JsonValueKind.True:
                if (expected.ValueKind != actual.ValueKind)
                {
                    differences.Add($"{path}: expected {Describe(expected)}, actual {Describe(actual)}");
                }

                break;
            default:
                // null: equal by kind.
                break;
        }
    }

    private static void CompareObjects(JsonElement expected, JsonElement actual, string path, List<string> differences, int max)
    {
        var expectedMembers = LastWins(expected);
        var actualMembers = LastWins(actual);
        foreach (var (name, value) in expectedMembers)
        {
            if (differences.Count >= max)
            {
                return;
            }

            var memberPath = MemberPath(path, name);
            if (actualMembers.TryGetValue(name, out var actualValue))
            {
                CompareValues(value, actualValue, memberPath, differences, max);
            }
            else
            {
                differences.Add($"{memberPath}: expected {Describe(value)}, actual: the key is missing");
            }
        }

        foreach (var (name, value) in actualMembers)
        {
            if (differences.Count >= max)
            {
                return;
            }

            if (!expectedMembers.ContainsKey(name))
            {
                differences.Add($"{MemberPath(path, name)}: expected no such key, actual {Describe(value)}");
            }
        }
    }

    private static void CompareArrays(JsonElement expected, JsonElement actual, string path, List<string> differences, int max)
    {
        var expectedLength = expected.GetArrayLength();
        var actualLength = actual.GetArrayLength();
        var common = Math.Min(expectedLength, actualLength);
        for (var i = 0; i < common && differences.Count < max; i++)
        {
            CompareValues(expected[i], actual[i], string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), differences, max);
        }

        if (expectedLength != actualLength && differences.Count < max)
        {
            var extra = expectedLength > actualLength ? expected[common] : actual[common];
            var which = expectedLength > actualLength ? "first missing" : "first extra";
            differences.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{path}: expected an array of {expectedLength} items, actual {actualLength} items ({which} [{common}]: {Describe(extra)})"));
        }
    }

    /// <summary>Members in first-appearance order with the value of the last duplicate, as <c>JSON.parse</c> keeps.</summary>
    private static Dictionary<string, JsonElement> LastWins(JsonElement obj)
    {
        var members = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in obj.EnumerateObject())
        {
            members[property.Name] = property.Value;
        }

        return members;
    }

    private static JsonValueKind Normalize(JsonValueKind kind) => kind == JsonValueKind.False ? JsonValueKind.True : kind;

    private static double ToDouble(JsonElement number) =>
        double.Parse(number.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string MemberPath(string path, string name) =>
        Identifier().IsMatch(name) ? $"{path}.{name}" : $"{path}[{JsonSerializer.Serialize(name)}]";

    private static string Describe(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.Object => $"object {Raw(value)}",
            JsonValueKind.Array => $"array {Raw(value)}",
            JsonValueKind.String => $"string {Raw(value)}",
            JsonValueKind.Number => $"number {Raw(value)}",
            _ => Raw(value),
        };
        return text;
    }

    private static string Raw(JsonElement value)
    {
        var raw = value.GetRawText();
        if (value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            raw = JsonSerializer.Serialize(value);
        }

        if (raw.Length <= MaxShownLength)
        {
            return raw;
        }

        var builder = new StringBuilder(raw, 0, MaxShownLength, MaxShownLength + 32);
        builder.Append(CultureInfo.InvariantCulture, $"... ({raw.Length} chars)");
        return builder.ToString();
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}

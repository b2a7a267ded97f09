namespace Nomadic.Hcl.Json;

/// <summary>One <c>"name": value</c> property of a JSON object.</summary>
public sealed class JsonPropertySyntax
{
    internal JsonPropertySyntax(JsonStringSyntax key, JsonSyntaxNode value)
    {
        Key = key;
        Value = value;
    }

    /// <summary>Gets the property name's string token.</summary>
    public JsonStringSyntax Key { get; }

    /// <summary>Gets the property name, with escapes decoded.</summary>
    public string Name => Key.Value;

    /// <summary>Gets the property name's range, quotes included.</summary>
    public SourceRange NameRange => Key.Range;

    /// <summary>Gets the property's value.</summary>
    public JsonSyntaxNode Value { get; }

    /// <summary>Gets the range from the name to the end of the value.</summary>
    public SourceRange Range => SourceRange.Between(Key.Range, Value.Range);
}

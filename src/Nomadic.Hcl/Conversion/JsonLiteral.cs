namespace Nomadic.Hcl.Conversion;

/// <summary>A JSON scalar written as raw text: a number, <c>true</c>, <c>false</c> or <c>null</c>.</summary>
/// <param name="RawJson">The JSON text.</param>
internal sealed record JsonLiteral(string RawJson)
{
    public static JsonLiteral True { get; } = new("true");

    public static JsonLiteral False { get; } = new("false");

    public static JsonLiteral Null { get; } = new("null");
}

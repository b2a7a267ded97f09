using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Json;

/// <summary>A JSON number, kept exactly as written.</summary>
public sealed class JsonNumberSyntax : JsonSyntaxNode
{
    internal JsonNumberSyntax(HclNumber value, string text, SourceRange range)
        : base(range)
    {
        Value = value;
        Text = text;
    }

    /// <summary>Gets the number's exact value.</summary>
    public HclNumber Value { get; }

    /// <summary>Gets the number as written in the source, e.g. <c>1.50e3</c>.</summary>
    public string Text { get; }
}

namespace Nomadic.Hcl.Json;

/// <summary>A JSON string. Its <see cref="JsonSyntaxNode.Range"/> is the raw token's, quotes included.</summary>
public sealed class JsonStringSyntax : JsonSyntaxNode
{
    internal JsonStringSyntax(string value, SourceRange range)
        : base(range)
    {
        Value = value;
    }

    /// <summary>Gets the string's value, with escapes decoded.</summary>
    public string Value { get; }
}

namespace Nomadic.Hcl.Json;

/// <summary>The JSON keyword <c>true</c> or <c>false</c>.</summary>
public sealed class JsonBoolSyntax : JsonSyntaxNode
{
    internal JsonBoolSyntax(bool value, SourceRange range)
        : base(range)
    {
        Value = value;
    }

    /// <summary>Gets the boolean's value.</summary>
    public bool Value { get; }
}

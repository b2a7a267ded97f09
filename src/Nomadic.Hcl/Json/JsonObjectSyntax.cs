namespace Nomadic.Hcl.Json;

/// <summary>A JSON object: its properties in source order, duplicates included.</summary>
public sealed class JsonObjectSyntax : JsonSyntaxNode
{
    internal JsonObjectSyntax(IReadOnlyList<JsonPropertySyntax> properties, SourceRange openRange, SourceRange closeRange)
        : base(SourceRange.Between(openRange, closeRange))
    {
        Properties = properties;
        OpenRange = openRange;
        CloseRange = closeRange;
    }

    /// <summary>Gets the properties, in source order; a name may appear more than once.</summary>
    public IReadOnlyList<JsonPropertySyntax> Properties { get; }

    /// <summary>Gets the opening brace's range.</summary>
    public SourceRange OpenRange { get; }

    /// <summary>Gets the closing brace's range.</summary>
    public SourceRange CloseRange { get; }

    /// <inheritdoc />
    public override SourceRange StartRange => OpenRange;
}

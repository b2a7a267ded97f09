namespace Nomadic.Hcl.Json;

/// <summary>A JSON array.</summary>
public sealed class JsonArraySyntax : JsonSyntaxNode
{
    internal JsonArraySyntax(IReadOnlyList<JsonSyntaxNode> elements, SourceRange openRange, SourceRange closeRange)
        : base(SourceRange.Between(openRange, closeRange))
    {
        Elements = elements;
        OpenRange = openRange;
    }

    /// <summary>Gets the elements, in order.</summary>
    public IReadOnlyList<JsonSyntaxNode> Elements { get; }

    /// <summary>Gets the opening bracket's range.</summary>
    public SourceRange OpenRange { get; }

    /// <inheritdoc />
    public override SourceRange StartRange => OpenRange;
}

namespace Nomadic.Hcl.Json;

/// <summary>
/// A value of an HCL JSON syntax tree: <see cref="JsonObjectSyntax"/>, <see cref="JsonArraySyntax"/>,
/// <see cref="JsonStringSyntax"/>, <see cref="JsonNumberSyntax"/>, <see cref="JsonBoolSyntax"/>,
/// <see cref="JsonNullSyntax"/>, or <see cref="JsonInvalidSyntax"/> where the parser found an error.
/// </summary>
public abstract class JsonSyntaxNode
{
    private protected JsonSyntaxNode(SourceRange range)
    {
        Range = range;
    }

    /// <summary>Gets the value's whole source range.</summary>
    public SourceRange Range { get; }

    /// <summary>Gets a range to point at for errors about the whole value: its opening brace or bracket, or all of a scalar.</summary>
    public virtual SourceRange StartRange => Range;
}

namespace Nomadic.Hcl.Json;

/// <summary>
/// A placeholder for a value the parser could not read; a diagnostic explains why. It evaluates to an unknown value
/// so that the rest of a file can still be analysed.
/// </summary>
public sealed class JsonInvalidSyntax : JsonSyntaxNode
{
    internal JsonInvalidSyntax(SourceRange range)
        : base(range)
    {
    }
}

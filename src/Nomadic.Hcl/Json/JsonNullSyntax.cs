namespace Nomadic.Hcl.Json;

/// <summary>The JSON keyword <c>null</c>.</summary>
public sealed class JsonNullSyntax : JsonSyntaxNode
{
    internal JsonNullSyntax(SourceRange range)
        : base(range)
    {
    }
}

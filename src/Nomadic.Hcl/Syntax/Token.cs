namespace Nomadic.Hcl.Syntax;

/// <summary>A token: its type and the byte range it covers in the source. Twelve bytes, so token buffers stay small.</summary>
internal readonly record struct Token(TokenType Type, int Start, int End)
{
    public int Length => End - Start;
}

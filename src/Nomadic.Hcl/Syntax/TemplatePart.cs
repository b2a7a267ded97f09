namespace Nomadic.Hcl.Syntax;

/// <summary>What one element of a template is, between the token pass and the tree pass.</summary>
internal enum TemplatePartKind : byte
{
    Literal,
    Interpolation,
    If,
    For,
    Else,
    EndIf,
    EndFor,
}

/// <summary>
/// One element of a template after the token pass: literal text (with trimming already applied), or an
/// interpolation or directive whose expression nodes occupy <see cref="NodeFrom"/> up to <see cref="NodeTo"/>.
/// </summary>
internal struct TemplatePart
{
    public TemplatePartKind Kind;
    public int Start;
    public int End;
    public int NodeFrom;
    public int NodeTo;
    public int Data;

    /// <summary>The literal's processed text, or null when it is exactly the source text from Start to End.</summary>
    public string? Value;
}

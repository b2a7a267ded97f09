namespace Nomadic.Hcl;

/// <summary>A block <c>type "label" { body }</c> of a body.</summary>
/// <param name="Type">The block type.</param>
/// <param name="Labels">The labels, in order.</param>
/// <param name="Body">The block's body.</param>
/// <param name="DefinitionRange">The header's range, from the type to the opening brace: where to point at the block.</param>
/// <param name="TypeRange">The type name's range.</param>
/// <param name="LabelRanges">Each label's range.</param>
public sealed record HclBlock(
    string Type,
    IReadOnlyList<string> Labels,
    IHclBody Body,
    SourceRange DefinitionRange,
    SourceRange TypeRange,
    IReadOnlyList<SourceRange> LabelRanges);

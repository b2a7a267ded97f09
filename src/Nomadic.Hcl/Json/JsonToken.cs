namespace Nomadic.Hcl.Json;

/// <summary>One token of HCL JSON source: its kind, its bytes and its positions.</summary>
/// <param name="Type">The kind of token.</param>
/// <param name="Start">The offset of the token's first byte in the scanned buffer.</param>
/// <param name="End">The offset just after the token's last byte.</param>
/// <param name="StartPos">The position of the first byte.</param>
/// <param name="EndPos">The position just after the last byte.</param>
internal readonly record struct JsonToken(JsonTokenType Type, int Start, int End, SourcePos StartPos, SourcePos EndPos);

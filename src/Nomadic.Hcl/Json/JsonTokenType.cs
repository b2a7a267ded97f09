namespace Nomadic.Hcl.Json;

/// <summary>The kinds of token the HCL JSON scanner produces.</summary>
internal enum JsonTokenType : byte
{
    /// <summary>A byte no JSON token can start with; the scanner stops after it.</summary>
    Invalid,

    /// <summary><c>{</c>.</summary>
    BraceOpen,

    /// <summary><c>}</c>.</summary>
    BraceClose,

    /// <summary><c>[</c>.</summary>
    BracketOpen,

    /// <summary><c>]</c>.</summary>
    BracketClose,

    /// <summary><c>,</c>.</summary>
    Comma,

    /// <summary><c>:</c>.</summary>
    Colon,

    /// <summary><c>=</c>, scanned only to remind the author that JSON uses colons.</summary>
    Equals,

    /// <summary>A run of letters and underscores, such as <c>true</c> or a misspelling of it.</summary>
    Keyword,

    /// <summary>A double-quoted string, possibly unterminated or with bad escapes.</summary>
    String,

    /// <summary>A run of digits, signs, dots and exponent letters, validated by the parser.</summary>
    Number,

    /// <summary>The end of the input.</summary>
    Eof,
}

namespace Nomadic.Hcl.Functions.Library.Formatting;

/// <summary>One parsed verb of a cty format string, as cty's <c>formatVerb</c>.</summary>
internal sealed class FormatVerb
{
    /// <summary>Gets or sets the verb's source text, e.g. <c>%-5[2]d</c>.</summary>
    public string Raw { get; set; } = string.Empty;

    /// <summary>Gets or sets the byte offset of the verb in the format string.</summary>
    public int Offset { get; set; }

    /// <summary>Gets or sets the 1-based argument number.</summary>
    public int ArgNum { get; set; }

    /// <summary>Gets or sets the verb letter.</summary>
    public char Mode { get; set; }

    /// <summary>Gets or sets a value indicating whether the <c>0</c> flag is set.</summary>
    public bool Zero { get; set; }

    /// <summary>Gets or sets a value indicating whether the <c>#</c> flag is set.</summary>
    public bool Sharp { get; set; }

    /// <summary>Gets or sets a value indicating whether the <c>+</c> flag is set.</summary>
    public bool Plus { get; set; }

    /// <summary>Gets or sets a value indicating whether the <c>-</c> flag is set.</summary>
    public bool Minus { get; set; }

    /// <summary>Gets or sets a value indicating whether the space flag is set.</summary>
    public bool Space { get; set; }

    /// <summary>Gets or sets a value indicating whether a precision is given.</summary>
    public bool HasPrecision { get; set; }

    /// <summary>Gets or sets the precision.</summary>
    public int Precision { get; set; }

    /// <summary>Gets or sets a value indicating whether a width is given.</summary>
    public bool HasWidth { get; set; }

    /// <summary>Gets or sets the width.</summary>
    public int Width { get; set; }
}

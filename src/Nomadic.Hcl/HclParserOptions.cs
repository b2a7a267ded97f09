namespace Nomadic.Hcl;

/// <summary>Limits that keep parsing safe on hostile input.</summary>
public sealed class HclParserOptions
{
    /// <summary>The default limit of <see cref="MaxNestingDepth"/>: 128.</summary>
    public const int DefaultMaxNestingDepth = 128;

    /// <summary>Gets the shared default options.</summary>
    public static HclParserOptions Default { get; } = new();

    /// <summary>
    /// Gets how deeply expressions, blocks and JSON values may nest, and how long an operator or traversal chain may
    /// be, before the input is rejected with a "Nesting too deep" diagnostic. Defaults to 128; at most 1,000.
    /// Deeper input is reported, never allowed to overflow the stack.
    /// </summary>
    public int MaxNestingDepth
    {
        get;
        init => field = value is >= 1 and <= 1000
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxNestingDepth must be between 1 and 1000.");
    }

    = DefaultMaxNestingDepth;
}

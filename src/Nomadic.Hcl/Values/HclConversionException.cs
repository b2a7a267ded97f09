namespace Nomadic.Hcl.Values;

/// <summary>Thrown by <see cref="HclConvert.Convert(HclValue, HclType)"/> when a value cannot be converted to the wanted type.</summary>
/// <remarks>
/// <see cref="Exception.Message"/> is cty's message (e.g. <c>a number is required</c>, <c>attribute "x" is required</c>);
/// <see cref="Path"/> says where inside the value the problem is, as cty's <c>PathError</c> does.
/// </remarks>
public sealed class HclConversionException : HclValueException
{
    /// <summary>Initializes a new instance of the <see cref="HclConversionException"/> class.</summary>
    public HclConversionException()
        : this("The value cannot be converted.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="HclConversionException"/> class with a message.</summary>
    /// <param name="message">The message.</param>
    public HclConversionException(string message)
        : this(message, string.Empty)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="HclConversionException"/> class with a message and cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public HclConversionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="HclConversionException"/> class with a message and path.</summary>
    /// <param name="message">The message.</param>
    /// <param name="path">Where inside the value the problem is, in HCL traversal syntax (e.g. <c>[2].name</c>); empty for the value itself.</param>
    public HclConversionException(string message, string path)
        : base(message)
    {
        Path = path ?? string.Empty;
    }

    /// <summary>Gets where inside the converted value the problem is, in HCL traversal syntax (e.g. <c>[2].name</c>, <c>["key"]</c>); empty for the value itself.</summary>
    public string Path { get; }
}

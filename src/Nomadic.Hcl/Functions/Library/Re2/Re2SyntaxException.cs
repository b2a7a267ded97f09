namespace Nomadic.Hcl.Functions.Library.Re2;

/// <summary>A pattern is not valid RE2 syntax; carries Go's <c>regexp/syntax.Error</c> code and expression.</summary>
internal sealed class Re2SyntaxException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="Re2SyntaxException"/> class.</summary>
    public Re2SyntaxException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="Re2SyntaxException"/> class.</summary>
    /// <param name="message">The message.</param>
    public Re2SyntaxException(string message)
        : base(message)
    {
        Code = message;
    }

    /// <summary>Initializes a new instance of the <see cref="Re2SyntaxException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public Re2SyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = message;
    }

    /// <summary>Initializes a new instance of the <see cref="Re2SyntaxException"/> class.</summary>
    /// <param name="code">Go's error code text, e.g. "missing closing )".</param>
    /// <param name="expression">The offending part of the pattern.</param>
    /// <param name="innerException">The cause, if any.</param>
    public Re2SyntaxException(string code, string expression, Exception? innerException = null)
        : base($"error parsing regexp: {code}: `{expression}`", innerException)
    {
        Code = code;
        Expression = expression;
    }

    /// <summary>Gets Go's error code text.</summary>
    public string Code { get; } = string.Empty;

    /// <summary>Gets the offending part of the pattern.</summary>
    public string Expression { get; } = string.Empty;
}

namespace Nomadic.Hcl;

/// <summary>
/// A body of attributes and blocks of either syntax. Decoders ask for the content a schema describes, so they cannot
/// tell native syntax from JSON syntax.
/// </summary>
public interface IHclBody
{
    /// <summary>Gets where to point when something required is missing from the body.</summary>
    SourceRange MissingItemRange { get; }

    /// <summary>Returns the attributes and blocks the schema names, reporting anything else as unsupported.</summary>
    /// <param name="schema">What the body may contain.</param>
    /// <param name="diagnostics">Receives missing, unsupported and malformed items.</param>
    /// <returns>The content.</returns>
    BodyContent Content(BodySchema schema, DiagnosticBag diagnostics);

    /// <summary>Returns the attributes and blocks the schema names, and the rest of the body for another schema.</summary>
    /// <param name="schema">What to take from the body.</param>
    /// <param name="diagnostics">Receives missing and malformed items.</param>
    /// <param name="remain">The body without what was taken.</param>
    /// <returns>The content.</returns>
    BodyContent PartialContent(BodySchema schema, DiagnosticBag diagnostics, out IHclBody remain);

    /// <summary>Returns every attribute of a body that may contain no blocks, such as a <c>locals</c> block.</summary>
    /// <param name="diagnostics">Receives an error if the body has blocks.</param>
    /// <returns>The attributes by name, in source order.</returns>
    IReadOnlyDictionary<string, HclAttribute> JustAttributes(DiagnosticBag diagnostics);
}

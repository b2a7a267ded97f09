namespace Nomadic.Hcl.Extensions;

/// <summary>
/// Lets schemaless bodies nest blocks: when a wrapped native-syntax body is read with
/// <see cref="IHclBody.JustAttributes"/>, every block type becomes an attribute whose value is a
/// tuple of objects, one per block (labels are ignored). This is what Nomad does for a task's <c>config {}</c>.
/// </summary>
public static class BlockAttributes
{
    /// <summary>Wraps <paramref name="body"/>; bodies of other syntaxes (HCL JSON) are returned unchanged.</summary>
    /// <param name="body">The body to wrap.</param>
    /// <returns>A body whose schemaless reads include nested blocks as lists of objects.</returns>
    public static IHclBody Wrap(IHclBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return body is NativeBody native ? new BlockAttributesBody(native, native, [], []) : body;
    }
}

namespace Nomadic.Hcl.Extensions;

/// <summary>
/// Lets schemaless bodies nest blocks: when a wrapped native-syntax body is read with
/// <see cref="IHclBody.JustAttributes"/>, every block type becomes an attribute whose value is a
/// tuple of objects, one per block, each nested under the block's labels (<c>check "foo" { }</c> is
/// <c>check = [{ foo = [{ }] }]</c>), and an attribute written as an object constructor becomes a one-element
/// tuple of that object. This is what Nomad's <c>hclutil.BlocksAsAttrs</c> does for a task's <c>config {}</c>.
/// </summary>
public static class BlockAttributes
{
    /// <summary>Wraps <paramref name="body"/>; bodies of other syntaxes (HCL JSON) are returned unchanged.</summary>
    /// <param name="body">The body to wrap.</param>
    /// <returns>A body whose schemaless reads include nested blocks as lists of objects.</returns>
    public static IHclBody Wrap(IHclBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return body is NativeBody native ? new BlockAttributesBody(native) : body;
    }
}

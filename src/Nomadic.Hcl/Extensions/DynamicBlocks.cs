namespace Nomadic.Hcl.Extensions;

/// <summary>
/// HCL's <c>dynamic</c> block extension (<c>ext/dynblock</c>): a body wrapper that, when a decoder asks for a block
/// type, also finds <c>dynamic "type" { for_each = ..., iterator = it, labels = [...], content { ... } }</c> blocks
/// and generates one <c>type</c> block per element of <c>for_each</c>, with <c>it.key</c> and <c>it.value</c> (the
/// iterator defaults to the block type) visible in the labels and in the content.
/// </summary>
/// <remarks>
/// Expansion is lazy: it happens when <see cref="IHclBody.Content"/> or <see cref="IHclBody.PartialContent"/> is
/// called with a schema that names the block type, at every nesting level, so nested <c>dynamic</c> blocks and
/// references to outer iterators work. Works for native and JSON bodies alike.
/// </remarks>
public static class DynamicBlocks
{
    /// <summary>Wraps a body so that its <c>dynamic</c> blocks expand, at every level, as the body is decoded.</summary>
    /// <param name="body">The body to wrap.</param>
    /// <param name="context">The context <c>for_each</c> and <c>labels</c> expressions are evaluated in.</param>
    /// <returns>The expanding body.</returns>
    public static IHclBody Expand(IHclBody body, EvalContext context)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(context);
        return new DynamicBody(body, context, null);
    }
}

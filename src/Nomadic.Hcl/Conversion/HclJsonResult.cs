namespace Nomadic.Hcl.Conversion;

/// <summary>The outcome of converting native syntax to HCL JSON: the JSON, or the diagnostics that prevented it.</summary>
/// <param name="Json">The JSON text, or null when there were errors.</param>
/// <param name="Diagnostics">Every diagnostic found, errors and warnings.</param>
public sealed record HclJsonResult(string? Json, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Gets a value indicating whether the conversion failed.</summary>
    public bool HasErrors => Json is null;
}

namespace Nomadic.Hcl;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The input is invalid; the result of the operation must not be trusted.</summary>
    Error = 1,

    /// <summary>The input is valid but probably not what the author meant.</summary>
    Warning = 2,
}

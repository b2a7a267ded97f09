namespace Nomadic.Hcl.Syntax;

/// <summary>Where the scanner starts: a configuration file, or a bare template (such as a string from HCL JSON).</summary>
internal enum ScanMode
{
    Normal,
    Template,
}

namespace Nomadic.Hcl.Functions;

/// <summary>Options for <see cref="HclStandardLibrary.Create(HclFunctionOptions?)"/>.</summary>
public sealed class HclFunctionOptions
{
    /// <summary>
    /// Gets a value indicating whether the filesystem functions (<c>abspath</c>, <c>basename</c>, <c>dirname</c>,
    /// <c>file</c>, <c>filebase64</c>, <c>fileexists</c>, <c>fileset</c>, <c>pathexpand</c>) work. Defaults to false:
    /// they then fail with "filesystem function disabled", as Nomad's guarded stubs do.
    /// </summary>
    public bool AllowFileSystem { get; init; }

    /// <summary>Gets the directory relative paths of the file functions are resolved against. Defaults to the current directory.</summary>
    public string BaseDirectory { get; init; } = ".";

    /// <summary>Gets the clock for time-dependent functions. Defaults to <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Gets a value indicating whether to leave out <c>md5</c> and <c>sha1</c>, as Nomad's FIPS 140 builds do.</summary>
    public bool Fips { get; init; }

    /// <summary>
    /// Gets a value indicating whether to add the cty standard-library functions that Nomad does not register:
    /// <c>regex</c>, <c>regexall</c> and <c>setsubtract</c>. Defaults to false, which gives exactly Nomad's set.
    /// </summary>
    public bool IncludeCtyExtensions { get; init; }

    /// <summary>Gets the home directory <c>~</c> expands to in <c>pathexpand</c> and the file functions; null for the user's profile directory.</summary>
    public string? HomeDirectory { get; init; }
}

namespace Nomadic.Core.Jobs;

/// <summary>A <c>template</c> block: a consul-template file rendered into the task.</summary>
public sealed class Template
{
    /// <summary>The template file on the client (<c>source</c>).</summary>
    public string? SourcePath { get; set; }

    /// <summary>Where the rendered file goes (<c>destination</c>).</summary>
    public string? DestPath { get; set; }

    /// <summary>The inline template text (<c>data</c>).</summary>
    public string? EmbeddedTmpl { get; set; }

    /// <summary><c>noop</c>, <c>restart</c>, <c>signal</c> or <c>script</c> (<c>change_mode</c>; default <c>restart</c>).</summary>
    public string? ChangeMode { get; set; }

    /// <summary>The script run when <see cref="ChangeMode"/> is <c>script</c> (<c>change_script</c> block).</summary>
    public ChangeScript? ChangeScript { get; set; }

    /// <summary>The signal sent when <see cref="ChangeMode"/> is <c>signal</c> (<c>change_signal</c>).</summary>
    public string? ChangeSignal { get; set; }

    /// <summary>The random wait before the change action (<c>splay</c>).</summary>
    public TimeSpan? Splay { get; set; }

    /// <summary>The file mode, such as <c>0644</c> (<c>perms</c>).</summary>
    public string? Perms { get; set; }

    /// <summary>The file owner's user ID (<c>uid</c>).</summary>
    public int? Uid { get; set; }

    /// <summary>The file owner's group ID (<c>gid</c>).</summary>
    public int? Gid { get; set; }

    /// <summary>The left delimiter (<c>left_delimiter</c>; default <c>{{</c>).</summary>
    public string? LeftDelim { get; set; }

    /// <summary>The right delimiter (<c>right_delimiter</c>; default <c>}}</c>).</summary>
    public string? RightDelim { get; set; }

    /// <summary>Whether the rendered file is read as environment variables (<c>env</c>).</summary>
    public bool? Envvars { get; set; }

    /// <summary>Deprecated Vault grace period (<c>vault_grace</c>).</summary>
    public TimeSpan? VaultGrace { get; set; }

    /// <summary>The quiescence timers (<c>wait</c> block).</summary>
    public WaitConfig? Wait { get; set; }

    /// <summary>Whether a missing key fails rendering (<c>error_on_missing_key</c>).</summary>
    public bool? ErrMissingKey { get; set; }
}

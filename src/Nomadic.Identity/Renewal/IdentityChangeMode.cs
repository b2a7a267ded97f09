namespace Nomadic.Identity;

/// <summary>What a task's identity block asks for when its token is renewed: Nomad's <c>change_mode</c>.</summary>
public enum IdentityChangeMode
{
    /// <summary><c>noop</c> (also Nomad's empty value): the new token is delivered and nothing else happens.</summary>
    Noop,

    /// <summary><c>signal</c>: the host sends the block's <c>change_signal</c> to the task.</summary>
    Signal,

    /// <summary><c>restart</c>: the host restarts the task (the only mode in which a new <c>NOMAD_TOKEN_&lt;name&gt;</c> reaches the task's environment).</summary>
    Restart,
}

namespace Nomadic.Core.Jobs;

/// <summary>An <c>identity</c> block: a JWT Nomad signs for the task or service.</summary>
public sealed class WorkloadIdentity
{
    /// <summary>The identity name (<c>name</c>; default <c>default</c>).</summary>
    public string Name { get; set; } = "";

    /// <summary>The <c>aud</c> claim values (<c>aud</c>).</summary>
    public IList<string>? Audience { get; set; }

    /// <summary><c>noop</c>, <c>restart</c> or <c>signal</c> when the identity is renewed (<c>change_mode</c>).</summary>
    public string ChangeMode { get; set; } = "";

    /// <summary>The signal for <c>change_mode = "signal"</c> (<c>change_signal</c>).</summary>
    public string ChangeSignal { get; set; } = "";

    /// <summary>Whether the token is exposed as an environment variable (<c>env</c>).</summary>
    public bool Env { get; set; }

    /// <summary>Whether the token is written to the secrets directory (<c>file</c>).</summary>
    public bool File { get; set; }

    /// <summary>The service the identity belongs to (set by the server for service identities).</summary>
    public string ServiceName { get; set; } = "";

    /// <summary>The token lifetime; zero means no expiry (<c>ttl</c>).</summary>
    public TimeSpan TTL { get; set; }
}

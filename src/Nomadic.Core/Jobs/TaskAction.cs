namespace Nomadic.Core.Jobs;

/// <summary>
/// An <c>action "name" { command, args }</c> block: a command an operator may run in the task. Nomad's <c>api.Action</c>;
/// named <c>TaskAction</c> so that it does not clash with <see cref="System.Action"/>.
/// </summary>
public sealed class TaskAction
{
    /// <summary>The action name (the block label).</summary>
    public string Name { get; set; } = "";

    /// <summary>The command (<c>command</c>).</summary>
    public string Command { get; set; } = "";

    /// <summary>The arguments (<c>args</c>).</summary>
    public IList<string>? Args { get; set; }
}

using System.CommandLine;
using Nomadic.Cli.Commands;

namespace Nomadic.Cli.Variables;

/// <summary>
/// <c>nomadic var get|put|purge|list|lock</c>: Nomad's variables, like <c>nomad var</c>, against <c>--addr</c> / <c>NOMAD_ADDR</c>
/// (an agent or a real Nomad) or <c>--etcd</c>.
/// </summary>
internal static class VarCommand
{
    public static Command Create() => new("var", "Read, write, list and purge variables, and run a command under a variable lock.")
    {
        Get(),
        Put(),
        Purge(),
        List(),
        VarLockCommand.Create(),
    };

    private static Command Get()
    {
        var options = new VarOptions();
        var path = new Argument<string>("PATH") { Description = "The variable's path." };
        var item = new Option<string>("-item", "--item") { Description = "Print only this item's value." };
        var output = new Option<string>("-out", "--out") { Description = "Output format: table, json or none.", DefaultValueFactory = _ => "table" };
        var command = new Command("get", "Print a variable.") { path, item, output };
        options.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => CliErrors.RunAsync(Console.Error, async () =>
        {
            await using var connection = options.Open(parseResult, CliEnvironment.Process);
            return await VarVerbs.GetAsync(connection, parseResult.GetValue(path)!, parseResult.GetValue(item), parseResult.GetValue(output)!, Console.Out, cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }

    private static Command Put()
    {
        var options = new VarOptions();
        var path = new Argument<string>("PATH") { Description = "The variable's path." };
        var items = new Argument<string[]>("ITEMS") { Description = "key=value items (key=@file reads the value from a file).", Arity = ArgumentArity.ZeroOrMore };
        var checkIndex = new Option<string>("-check-index", "--check-index") { Description = "Write only if the variable's modify index is this (0: only if it does not exist)." };
        var force = new Option<bool>("-force", "--force") { Description = "Write whatever the current index." };
        var output = new Option<string>("-out", "--out") { Description = "Output format: none, table or json.", DefaultValueFactory = _ => "none" };
        var command = new Command("put", "Create or update a variable.") { path, items, checkIndex, force, output };
        options.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => CliErrors.RunAsync(Console.Error, async () =>
        {
            await using var connection = options.Open(parseResult, CliEnvironment.Process);
            return await VarVerbs.PutAsync(
                connection,
                parseResult.GetValue(path)!,
                parseResult.GetValue(items) ?? [],
                parseResult.GetValue(checkIndex),
                parseResult.GetValue(force),
                parseResult.GetValue(output)!,
                Console.Out,
                cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }

    private static Command Purge()
    {
        var options = new VarOptions();
        var path = new Argument<string>("PATH") { Description = "The variable's path." };
        var checkIndex = new Option<string>("-check-index", "--check-index") { Description = "Delete only if the variable's modify index is this." };
        var command = new Command("purge", "Delete a variable.") { path, checkIndex };
        options.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => CliErrors.RunAsync(Console.Error, async () =>
        {
            await using var connection = options.Open(parseResult, CliEnvironment.Process);
            return await VarVerbs.PurgeAsync(connection, parseResult.GetValue(path)!, parseResult.GetValue(checkIndex), Console.Out, cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }

    private static Command List()
    {
        var options = new VarOptions();
        var prefix = new Argument<string>("PREFIX") { Description = "List only paths starting with this.", Arity = ArgumentArity.ZeroOrOne };
        var output = new Option<string>("-out", "--out") { Description = "Output format: table, json or terse.", DefaultValueFactory = _ => "table" };
        var command = new Command("list", "List variables (metadata only).") { prefix, output };
        options.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => CliErrors.RunAsync(Console.Error, async () =>
        {
            await using var connection = options.Open(parseResult, CliEnvironment.Process);
            return await VarVerbs.ListAsync(connection, parseResult.GetValue(prefix) ?? string.Empty, parseResult.GetValue(output)!, Console.Out, cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }
}

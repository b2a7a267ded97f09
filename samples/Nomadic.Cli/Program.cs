using System.CommandLine;
using Nomadic.Cli.Agent;
using Nomadic.Cli.Commands;
using Nomadic.Cli.Variables;

var root = new RootCommand("nomadic: HashiCorp Nomad's jobspec, HCL2, scheduling, identities, variables and locks for .NET.")
{
    Hcl2JsonCommand.Create(),
    JobCommand.Create(),
    NodeTopologyCommand.Create(),
    IdentityMintCommand.Create(),
    OperatorKeyringCommand.Create(),
    AgentCommand.Create(),
    VarCommand.Create(),
    SetupCommand.Create(),
};

// The long-running verbs handle SIGINT and SIGTERM themselves (graceful stop, forwarding to a child).
return await root.Parse(VarLockArguments.Normalize(args)).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }).ConfigureAwait(false);

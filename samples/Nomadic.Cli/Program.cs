using System.CommandLine;
using Nomadic.Cli.Commands;

var root = new RootCommand("nomadic: HashiCorp Nomad's jobspec, HCL2, scheduling, identities, variables and locks for .NET.")
{
    Hcl2JsonCommand.Create(),
    JobCommand.Create(),
    NodeTopologyCommand.Create(),
    IdentityMintCommand.Create(),
    OperatorKeyringCommand.Create(),
    SetupCommand.Create(),
};

return await root.Parse(args).InvokeAsync().ConfigureAwait(false);

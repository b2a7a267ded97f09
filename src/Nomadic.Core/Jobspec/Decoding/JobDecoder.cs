using Nomadic.Core.Jobs;
using Nomadic.Hcl;

namespace Nomadic.Core.Jobspec.Decoding;

/// <summary>Decodes a job body into the model with Nomad's jobspec2 rules (the <c>api</c> package's <c>hcl</c> tags as schema).</summary>
internal sealed partial class JobDecoder(DecodeContext context)
{
    private static readonly string[] JobAttributes =
    [
        "region", "namespace", "id", "name", "type", "priority", "all_at_once", "datacenters", "node_pool", "meta",
        "consul_namespace", "vault_namespace", "consul_token", "vault_token",
    ];

    private static readonly BlockHeaderSchema[] JobBlocks =
    [
        B("constraint"), B("affinity"), B("group", "name"), B("task", "name"), B("update"), B("multiregion"), B("spread"),
        B("periodic"), B("parameterized"), B("reschedule"), B("migrate"), B("meta"), B("ui"), B("vault"), B("consul"),
    ];

    private readonly DecodeContext _context = context;

    public Job Decode(string name, IHclBody body, HclBlock jobBlock)
    {
        _context.SourceMap.Add(string.Empty, jobBlock);
        var r = _context.Read(body, string.Empty, JobAttributes, JobBlocks);
        var job = new Job
        {
            ID = name,
            Name = name,
            Region = r.String("region", "Region"),
            Namespace = r.String("namespace", "Namespace"),
            Type = r.String("type", "Type"),
            Priority = r.Int("priority", "Priority"),
            AllAtOnce = r.Bool("all_at_once", "AllAtOnce"),
            Datacenters = r.StringList("datacenters", "Datacenters"),
            NodePool = r.String("node_pool", "NodePool"),
            ConsulNamespace = r.String("consul_namespace", "ConsulNamespace"),
            VaultNamespace = r.String("vault_namespace", "VaultNamespace"),
            Meta = r.BlockOrAttributeMap("meta", "Meta"),
            DeprecatedConsulToken = r.String("consul_token", "ConsulToken"),
            DeprecatedVaultToken = r.String("vault_token", "VaultToken"),
        };
        job.ID = r.String("id", "ID") ?? job.ID;
        job.Name = r.String("name", "Name") ?? job.Name;
        job.Constraints = Constraints(r, "Constraints");
        job.Affinities = Affinities(r, "Affinities");
        job.Spreads = Spreads(r, "Spreads");
        job.Update = Optional(r, "update", "Update", Update);
        job.Multiregion = Optional(r, "multiregion", "Multiregion", Multiregion);
        job.Periodic = Optional(r, "periodic", "Periodic", Periodic);
        job.ParameterizedJob = Optional(r, "parameterized", "ParameterizedJob", Parameterized);
        job.Reschedule = Optional(r, "reschedule", "Reschedule", Reschedule);
        job.Migrate = Optional(r, "migrate", "Migrate", Migrate);
        job.UI = Optional(r, "ui", "UI", UserInterface);
        var vault = Optional(r, "vault", "Vault", Vault);
        var consul = Optional(r, "consul", "Consul", Consul);
        if (consul is not null && string.IsNullOrEmpty(job.ConsulNamespace))
        {
            job.ConsulNamespace = consul.Namespace;
        }

        var groups = new List<TaskGroup>();
        foreach (var block in r.Blocks("task"))
        {
            var path = $"TaskGroups[{groups.Count}]";
            _context.SourceMap.Add(path, block);
            groups.Add(new TaskGroup { Name = block.Labels[0], Tasks = [Task(block, $"{path}.Tasks[0]")] });
        }

        foreach (var block in r.Blocks("group"))
        {
            groups.Add(Group(block, $"TaskGroups[{groups.Count}]"));
        }

        // jobspec2 leaves TaskGroups nil for a job without groups, and the API JSON says null.
        job.TaskGroups = groups.Count == 0 ? null : groups;
        InheritVault(groups.SelectMany(g => g.Tasks ?? []), vault);
        return job;
    }

    private static BlockHeaderSchema B(string type, params string[] labels) => new(type, labels);

    private static void InheritVault(IEnumerable<JobTask> tasks, Vault? vault)
    {
        if (vault is null)
        {
            return;
        }

        foreach (var task in tasks)
        {
            task.Vault ??= new Vault
            {
                Policies = vault.Policies?.ToList(),
                Role = vault.Role,
                Namespace = vault.Namespace,
                Cluster = vault.Cluster,
                Env = vault.Env,
                DisableFile = vault.DisableFile,
                ChangeMode = vault.ChangeMode,
                ChangeSignal = vault.ChangeSignal,
                AllowTokenExpiration = vault.AllowTokenExpiration,
            };
        }
    }

    private T? Optional<T>(BodyReader r, string type, string field, Func<HclBlock, string, T> decode)
        where T : class
    {
        if (r.Single(type) is not { } block)
        {
            return null;
        }

        var path = r.PathOf(field);
        _context.SourceMap.Add(path, block);
        return decode(block, path);
    }

    private List<T>? Many<T>(BodyReader r, string type, string field, Func<HclBlock, string, T> decode)
    {
        var blocks = r.Blocks(type);
        if (blocks.Count == 0)
        {
            return null;
        }

        var result = new List<T>(blocks.Count);
        var listPath = r.PathOf(field);
        foreach (var block in blocks)
        {
            var path = $"{listPath}[{result.Count}]";
            _context.SourceMap.Add(path, block);
            result.Add(decode(block, path));
        }

        return result;
    }
}

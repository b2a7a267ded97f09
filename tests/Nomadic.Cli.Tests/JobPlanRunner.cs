using Microsoft.Extensions.Time.Testing;
using Nomadic.Cli.Commands;

namespace Nomadic.Cli.Tests;

/// <summary>Runs <c>job plan</c> in-process with a fake clock and captured output, in a temporary directory.</summary>
internal sealed class JobPlanRunner : IDisposable
{
    private readonly CliEnvironment _environment = new(_ => null, new FakeTimeProvider());

    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("nomadic-plan-").FullName;

    public static string SampleJob => RepositoryFiles.Path("samples/jobs/example.nomad.hcl");

    public static string NumaJob => RepositoryFiles.Path("samples/jobs/numa-require.nomad.hcl");

    public static string SampleNodes => RepositoryFiles.Path("samples/nodes/cluster.json");

    public string Write(string name, string content)
    {
        var path = System.IO.Path.Combine(Directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    public (int Code, string Output, string Error) Run(JobPlanInput input)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = JobPlanCommand.Run(input, _environment, output, error);
        return (code, output.ToString(), error.ToString());
    }

    public (int Code, string Output, string Error) OnSampleNodes(string job, params string[] vars) =>
        Run(new JobPlanInput(job, vars, [], SampleNodes, null));

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}

using Nomadic.Cli.Commands;

namespace Nomadic.Cli.Tests;

/// <summary>The README's first line is the main job's command: it must name existing files and succeed.</summary>
public sealed class ReadmeRunCommandTests
{
    [Fact]
    public void The_first_line_plans_the_sample_job_on_the_sample_nodes()
    {
        var first = File.ReadLines(RepositoryFiles.Path("README.md")).First();
        var command = first.Split('#')[0].Trim();
        Assert.StartsWith("dotnet run --project samples/Nomadic.Cli -- ", command, StringComparison.Ordinal);

        var args = command.Split(" -- ", 2)[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["job", "plan"], args[..2]);
        var nodes = Array.IndexOf(args, "--nodes");
        Assert.Equal(5, args.Length);
        Assert.Equal(3, nodes);

        using var output = new StringWriter();
        using var error = new StringWriter();
        var input = new JobPlanInput(RepositoryFiles.Path(args[2]), [], [], RepositoryFiles.Path(args[4]), null);
        var code = JobPlanCommand.Run(input, CliEnvironment.Process, output, error);

        Assert.Equal(JobPlanExitCodes.AllPlaced, code);
        Assert.Contains("- All tasks successfully allocated.", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_second_line_runs_every_test()
    {
        var second = File.ReadLines(RepositoryFiles.Path("README.md")).Skip(1).First();

        Assert.StartsWith("eng/test.sh ", second, StringComparison.Ordinal);
    }
}

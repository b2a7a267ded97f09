using System.CommandLine;
using Nomadic.Hcl.Conversion;

namespace Nomadic.Cli.Commands;

/// <summary><c>nomadic hcl2json FILE</c>: prints a native-syntax file as HCL JSON, in the shape of HashiCorp's hcl2json.</summary>
internal static class Hcl2JsonCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The HCL file to convert; - reads standard input." };
        var command = new Command("hcl2json", "Print an HCL native-syntax file as HCL JSON.") { file };
        command.SetAction(parseResult => Run(parseResult.GetValue(file)!, Console.Out, Console.Error));
        return command;
    }

    internal static int Run(string path, TextWriter output, TextWriter error)
    {
        if (!CliInput.TryRead(path, error, out var bytes))
        {
            return 1;
        }

        var result = NativeToJson.Convert(bytes, path);
        foreach (var diagnostic in result.Diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }

        if (result.Json is null)
        {
            return 1;
        }

        output.WriteLine(result.Json);
        return 0;
    }
}

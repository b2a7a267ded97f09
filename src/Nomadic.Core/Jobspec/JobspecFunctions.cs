using Nomadic.Hcl;
using Nomadic.Hcl.Functions;

namespace Nomadic.Core.Jobspec;

/// <summary>Nomad's jobspec function table (<c>jobspec2/functions.go</c>): the standard library plus <c>try</c>, <c>can</c> and <c>convert</c>.</summary>
internal static class JobspecFunctions
{
    public static Dictionary<string, HclFunction> Create(bool allowFileSystem, string baseDirectory, TimeProvider timeProvider)
    {
        var functions = new Dictionary<string, HclFunction>(
            HclStandardLibrary.Create(new HclFunctionOptions { AllowFileSystem = allowFileSystem, BaseDirectory = baseDirectory, TimeProvider = timeProvider }),
            StringComparer.Ordinal);
        foreach (var (name, function) in ExpressionFunctions.All)
        {
            functions[name] = function;
        }

        return functions;
    }
}

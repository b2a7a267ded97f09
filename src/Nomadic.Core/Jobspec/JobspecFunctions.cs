using System.Collections.ObjectModel;
using System.Runtime.CompilerServices;
using Nomadic.Hcl;
using Nomadic.Hcl.Functions;

namespace Nomadic.Core.Jobspec;

/// <summary>Nomad's jobspec function table (<c>jobspec2/functions.go</c>): the standard library plus <c>try</c>, <c>can</c> and <c>convert</c>.</summary>
internal static class JobspecFunctions
{
    // Building the table is a tenth of parsing a small jobspec; without filesystem access it depends only on the clock.
    private static readonly ConditionalWeakTable<TimeProvider, IDictionary<string, HclFunction>> _withoutFileSystem = [];

    public static IDictionary<string, HclFunction> Create(bool allowFileSystem, string baseDirectory, TimeProvider timeProvider) =>
        allowFileSystem
            ? Build(allowFileSystem: true, baseDirectory, timeProvider)
            : _withoutFileSystem.GetValue(timeProvider, clock => new ReadOnlyDictionary<string, HclFunction>(Build(allowFileSystem: false, ".", clock)));

    private static Dictionary<string, HclFunction> Build(bool allowFileSystem, string baseDirectory, TimeProvider timeProvider)
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

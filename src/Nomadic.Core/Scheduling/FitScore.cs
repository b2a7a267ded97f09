namespace Nomadic.Core.Scheduling;

/// <summary>Nomad's fit scores (<c>nomad/structs/funcs.go</c>): how well the used resources fill a node.</summary>
public static class FitScore
{
    /// <summary>The largest raw fit score; scores are divided by it to land in [0, 1].</summary>
    public const double MaxFitScore = 18.0;

    private const double Ln10 = 2.302585092994045684;

    /// <summary>
    /// Best fit ("BestFit v3"): <c>clamp(20 - (10^freeCpu + 10^freeMem), 0, 18)</c>, higher for fuller nodes.
    /// </summary>
    /// <param name="cpuCapacityMhz">The node's CPU minus its reserved CPU.</param>
    /// <param name="memoryCapacityMB">The node's memory minus its reserved memory.</param>
    /// <param name="usedCpuMhz">The CPU used, the candidate allocation included.</param>
    /// <param name="usedMemoryMB">The memory used, the candidate allocation included.</param>
    /// <returns>The raw score in [0, 18].</returns>
    public static double BinPack(long cpuCapacityMhz, long memoryCapacityMB, long usedCpuMhz, long usedMemoryMB) =>
        Math.Clamp(20.0 - Total(cpuCapacityMhz, memoryCapacityMB, usedCpuMhz, usedMemoryMB), 0.0, MaxFitScore);

    /// <summary>Worst fit: <c>clamp((10^freeCpu + 10^freeMem) - 2, 0, 18)</c>, higher for emptier nodes.</summary>
    /// <param name="cpuCapacityMhz">The node's CPU minus its reserved CPU.</param>
    /// <param name="memoryCapacityMB">The node's memory minus its reserved memory.</param>
    /// <param name="usedCpuMhz">The CPU used, the candidate allocation included.</param>
    /// <param name="usedMemoryMB">The memory used, the candidate allocation included.</param>
    /// <returns>The raw score in [0, 18].</returns>
    public static double Spread(long cpuCapacityMhz, long memoryCapacityMB, long usedCpuMhz, long usedMemoryMB) =>
        Math.Clamp(Total(cpuCapacityMhz, memoryCapacityMB, usedCpuMhz, usedMemoryMB) - 2.0, 0.0, MaxFitScore);

    private static double Total(long cpuCapacity, long memoryCapacity, long usedCpu, long usedMemory)
    {
        var freeCpu = 1.0 - ((double)usedCpu / cpuCapacity);
        var freeMemory = 1.0 - ((double)usedMemory / memoryCapacity);
        return PowerOfTen(freeCpu) + PowerOfTen(freeMemory);
    }

    // exp(x·ln 10) equals 10^x to within an ulp or two and costs a fraction of Math.Pow in the placement loop.
    private static double PowerOfTen(double exponent) => Math.Exp(exponent * Ln10);
}

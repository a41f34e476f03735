using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace QuoteAttribution.Benchmarks;

/// <summary>Columns that divide by the size of the input: throughput in chars/s and allocated bytes per input char.</summary>
public sealed class PerCharColumn : IColumn
{
    private readonly bool _throughput;

    private PerCharColumn(bool throughput) => _throughput = throughput;

    /// <summary>Gets the throughput column: input chars processed per second (mean time per operation).</summary>
    public static IColumn CharsPerSecond { get; } = new PerCharColumn(throughput: true);

    /// <summary>Gets the allocation column: bytes allocated per input char (needs the memory diagnoser).</summary>
    public static IColumn AllocatedPerChar { get; } = new PerCharColumn(throughput: false);

    /// <inheritdoc/>
    public string Id => _throughput ? "QuoteAttribution.CharsPerSecond" : "QuoteAttribution.AllocatedPerChar";

    /// <inheritdoc/>
    public string ColumnName => _throughput ? "Chars/s" : "Alloc B/char";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => _throughput ? 0 : 1;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => _throughput
        ? "Input UTF-16 chars processed per second (workload chars / mean time per operation)"
        : "Managed bytes allocated per input UTF-16 char (allocated per operation / workload chars)";

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        long chars = CharsOf(benchmarkCase);
        var report = summary[benchmarkCase];
        if (chars <= 0 || report?.ResultStatistics is not { } statistics)
        {
            return "NA";
        }

        if (_throughput)
        {
            double perSecond = chars / (statistics.Mean / 1e9);
            return FormatLarge(perSecond);
        }

        long? bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        return bytes is long allocated ? (allocated / (double)chars).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) : "NA";
    }

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public override string ToString() => ColumnName;

    /// <summary>Returns the number of input chars one operation of <paramref name="benchmarkCase"/> processes.</summary>
    internal static long CharsOf(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters.Items.Select(p => p.Value).OfType<Workload>().FirstOrDefault()?.TotalChars ?? 0;

    private static string FormatLarge(double value) => value switch
    {
        >= 1e9 => (value / 1e9).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + " G",
        >= 1e6 => (value / 1e6).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + " M",
        >= 1e3 => (value / 1e3).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + " K",
        _ => value.ToString("0", System.Globalization.CultureInfo.InvariantCulture),
    };
}

using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using QuoteAttribution.Benchmarks;

// Usage:
//   dotnet run -c Release --project benchmarks/QuoteAttribution.Benchmarks -- --filter '*' [--quick] [--corpus DIR]
// --quick   one dry iteration per case (a smoke check; the numbers mean little)
// --corpus  a directory of .txt files, read recursively (or set QUOTEATTRIBUTION_CORPUS); default: the bundled seeds
// Any other argument goes to BenchmarkDotNet (--job short, --list flat, --exporters json, ...).
var benchmarkArgs = new List<string>();
bool quick = false;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--quick":
            quick = true;
            break;
        case "--corpus" when i + 1 < args.Length:
            string corpus = Path.GetFullPath(args[++i]);
            if (!Directory.Exists(corpus))
            {
                await Console.Error.WriteLineAsync($"--corpus: {corpus} is not a directory.").ConfigureAwait(false);
                return 2;
            }

            // Benchmarks run in child processes, which inherit this variable.
            Environment.SetEnvironmentVariable(Workload.CorpusVariable, corpus);
            break;
        case "--corpus":
            await Console.Error.WriteLineAsync("--corpus needs a directory.").ConfigureAwait(false);
            return 2;
        default:
            benchmarkArgs.Add(args[i]);
            break;
    }
}

var config = DefaultConfig.Instance
    .AddColumn(PerCharColumn.CharsPerSecond, PerCharColumn.AllocatedPerChar)
    .WithOptions(ConfigOptions.JoinSummary)
    .WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(48));
if (quick)
{
    config = config.AddJob(Job.Dry.WithId("Quick"));
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run([.. benchmarkArgs], config);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
